// Table test: single business-news sentences and the relations they must (and must not) yield.
import { describe, expect, it } from 'vitest';
import { RELATION_STATUSES, RELATION_TYPES } from '../../src/types.js';
import { relationsOf } from './helpers.js';

/** [sentence, every relation it yields as "Subject TYPE Object status"]. */
const POSITIVE: readonly [string, string[]][] = [
  // Person → Organization
  [
    'Mary Barra, chief executive of General Motors, spoke at the conference.',
    ['Mary Barra CEO_OF General Motors current'],
  ],
  ['Tesla Inc. CEO Elon Musk said the Cybertruck would ship later.', ['Elon Musk CEO_OF Tesla Inc. current']],
  ['Satya Nadella is the chief executive officer of Microsoft.', ['Satya Nadella CEO_OF Microsoft current']],
  ['Acme Corp named Jane Roe as its new chief executive in March.', ['Jane Roe CEO_OF Acme Corp current']],
  ['Ana Ruiz, deputy chairman of Corvel Holdings, said.', ['Ana Ruiz EXECUTIVE_OF Corvel Holdings current']],
  [
    'Corvel Holdings Inc will close the plant, said Ana Ruiz, a company spokeswoman.',
    ['Ana Ruiz WORKS_FOR Corvel Holdings Inc current'],
  ],
  ['Winter, 53, a former Yale University law professor, spoke.', ['Winter WORKS_FOR Yale University former']],
  [
    'Winter, 53, a former Yale University law professor who became a judge in 1982, spoke.',
    ['Winter WORKS_FOR Yale University former'],
  ],
  [
    'Michael Mason, a lobbyist with the American Petroleum Institute, told the news conference.',
    ['Michael Mason WORKS_FOR American Petroleum Institute current'],
  ],
  ['CBS anchorman Dan Rather spoke to the final session.', ['Dan Rather WORKS_FOR CBS current']],
  [
    'Joe Weitz, another Emery employee, said the plane appeared to be on fire.',
    ['Joe Weitz WORKS_FOR Emery current'],
  ],
  [
    'Gilmore, of the Downtown Seattle Association, said the rules changed.',
    ['Gilmore WORKS_FOR Downtown Seattle Association current'],
  ],
  [
    'Franca Chlistovsky, who heads the Brera Meteorological Institute in Milan, said the winter was dry.',
    [
      'Brera Meteorological Institute BASED_IN Milan current',
      'Franca Chlistovsky EXECUTIVE_OF Brera Meteorological Institute current',
    ],
  ],
  [
    'His brother, retired National Football League placekicker Mark Moseley, was in the courtroom.',
    ['Mark Moseley WORKS_FOR National Football League current'],
  ],
  [
    'On April 1, Robert C. Corduwener, a Netherlands businessman bought a 51 percent share of the company.',
    ['Robert C. Corduwener LIVES_IN Netherlands current'],
  ],
  ['London THE SUNDAY TIMES 30 Jan 94 pp 1, 15', ['THE SUNDAY TIMES BASED_IN London current']],
  [
    'Acharya Giriraj Kishore, joint general secretary of the banned Vishwa Hindu Parishad, spoke.',
    ['Acharya Giriraj Kishore WORKS_FOR Vishwa Hindu Parishad current'],
  ],
  [
    'Ana Ruiz, deputy chief executive of Corvel Holdings, said.',
    ['Ana Ruiz EXECUTIVE_OF Corvel Holdings current'],
  ],
  [
    'Brad Smith, president of Microsoft, testified before Congress.',
    ['Brad Smith PRESIDENT_OF Microsoft current'],
  ],
  [
    'Sundar Pichai was named president of Google Inc. in 2015.',
    ['Sundar Pichai PRESIDENT_OF Google Inc. current'],
  ],
  [
    'Tom Gores, chairman of Platinum Equity LLC, declined to comment.',
    ['Tom Gores CHAIR_OF Platinum Equity LLC current'],
  ],
  [
    'Siemens AG chairman Jim Hagemann Snabe said the board backed the plan.',
    ['Jim Hagemann Snabe CHAIR_OF Siemens AG current'],
  ],
  [
    'Jensen Huang co-founded Nvidia Corp. in 1993.',
    ['Jensen Huang FOUNDER_OF Nvidia Corp. current', 'Nvidia Corp. FOUNDED_ON 1993 current'],
  ],
  [
    "Workers at Cominco Ltd.'s Trail and Kimberley, British Columbia mines voted to strike.",
    ['Kimberley LOCATED_IN British Columbia current'],
  ],
  [
    'Fathom Ventures invested $25 million in Qubitline, a quantum computing start-up.',
    ['Fathom Ventures INVESTED_IN Qubitline current'],
  ],
  [
    'Braxton Steel plans a joint venture with Indus Ferro to make green steel.',
    ['Braxton Steel JOINT_VENTURE_WITH Indus Ferro planned'],
  ],
  ['Ms. Okafor was elected Chairman of the Board of Directors in October.', []],
  [
    'Ravi Menon has been Chairman of the Board of Larkspur Holdings, Inc. since 2011.',
    ['Ravi Menon CHAIR_OF Larkspur Holdings, Inc. current'],
  ],
  [
    'Ines Duarte is the Finance Director of Corvel Energy PLC.',
    ['Ines Duarte EXECUTIVE_OF Corvel Energy PLC current'],
  ],
  [
    'Arden Chief Financial Officer Ola Berg will speak at the conference.',
    ['Ola Berg EXECUTIVE_OF Arden current'],
  ],
  ['The bond is due in 1995, lead manager Union Bank of Switzerland said.', []],
  [
    'Daniel Bakst, a West Palm Beach, Fla., lawyer, said he would appeal.',
    [
      'Daniel Bakst LIVES_IN Fla. current',
      'Daniel Bakst LIVES_IN West Palm Beach current',
      'West Palm Beach LOCATED_IN Fla. current',
    ],
  ],
  [
    'Lows ranged from 2 degrees at Jackson, Wyo., and Gunnison, Colo., to 9 degrees at Elko.',
    ['Gunnison LOCATED_IN Colo. current', 'Jackson LOCATED_IN Wyo. current'],
  ],
  [
    "Bosnia's capital, Sarajevo, hosted the talks, and the envoy later flew to Yerevan, the capital of Armenia.",
    ['Sarajevo LOCATED_IN Bosnia current', 'Yerevan LOCATED_IN Armenia current'],
  ],
  [
    'At a briefing at NRC headquarters in nearby Rockville, Md., officials spoke.',
    ['NRC BASED_IN Md. current', 'NRC BASED_IN Rockville current', 'Rockville LOCATED_IN Md. current'],
  ],
  [
    'A subsidiary of Italian eyewear maker Luxottica, EyeMed Vision Care serves 40 million members.',
    ['EyeMed Vision Care SUBSIDIARY_OF Luxottica current'],
  ],
  ['Airstream is a subsidiary of Thor Industries.', ['Airstream SUBSIDIARY_OF Thor Industries current']],
  [
    'Sanwa Bank Ltd has agreed to buy a two pct stake in Oporto-based Banco Norte Sarl.',
    ['Banco Norte Sarl BASED_IN Oporto current', 'Sanwa Bank Ltd INVESTED_IN Banco Norte Sarl planned'],
  ],
  [
    'Vale Gas Partners LP, 49 pct owned by Vale Energy Corp, said a jury ruled for it.',
    ['Vale Energy Corp INVESTED_IN Vale Gas Partners LP current'],
  ],
  [
    "The contract, to be signed by PDVSA and Champlin Petroleum's parent company, the Union Pacific Corp, was delayed.",
    ['Champlin Petroleum SUBSIDIARY_OF Union Pacific Corp current'],
  ],
  // No fact runs from inside an appositive past its closing comma (the classifier once said Nissan was in Japan).
  [
    'Carlos Ghosn, the former chairman of Nissan Motor Co., fled Japan.',
    ['Carlos Ghosn CHAIR_OF Nissan Motor Co. former'],
  ],
  [
    'Based in Austin, Texas, Acme Corp. makes chips.',
    [
      'Acme Corp. BASED_IN Austin current',
      'Acme Corp. BASED_IN Texas current',
      'Austin LOCATED_IN Texas current',
    ],
  ],
  [
    'Founded in 2010 by Jane Roe, Acme Corp. makes chips.',
    ['Acme Corp. FOUNDED_ON 2010 current', 'Jane Roe FOUNDER_OF Acme Corp. current'],
  ],
  ['Acme Corp. makes chips. Headquartered in Paris, the company employs 500 people.', []],
  [
    'Zentek Robotics, which is backed by SoftBank, plans to open a factory in Monterrey, Mexico, next year.',
    [
      'Monterrey LOCATED_IN Mexico current',
      'SoftBank INVESTED_IN Zentek Robotics current',
      'Zentek Robotics OPERATES_IN Mexico planned',
      'Zentek Robotics OPERATES_IN Monterrey planned',
    ],
  ],
  [
    'Former Siemens executive Klaus Weber has been named chief executive of Voltara.',
    ['Klaus Weber CEO_OF Voltara current', 'Klaus Weber EXECUTIVE_OF Siemens former'],
  ],
  [
    'Verano Motors and Kito Electric announced a joint venture, Verakito Cells Co., which will make batteries in Ohio.',
    ['Verakito Cells Co. OPERATES_IN Ohio planned', 'Verano Motors JOINT_VENTURE_WITH Kito Electric current'],
  ],
  [
    'Halden Foods has agreed to acquire Birchway Bakeries, based in Laval, Quebec.',
    [
      'Birchway Bakeries BASED_IN Laval current',
      'Birchway Bakeries BASED_IN Quebec current',
      'Halden Foods ACQUIRED Birchway Bakeries planned',
      'Laval LOCATED_IN Quebec current',
    ],
  ],
  [
    'Netflix Inc. was co-founded by Reed Hastings and Marc Randolph.',
    ['Marc Randolph FOUNDER_OF Netflix Inc. current', 'Reed Hastings FOUNDER_OF Netflix Inc. current'],
  ],
  [
    'Amy Hood, chief financial officer of Microsoft, said revenue rose.',
    ['Amy Hood EXECUTIVE_OF Microsoft current'],
  ],
  [
    'Vertex Energy named Carla Diaz executive vice president of operations.',
    ['Carla Diaz EXECUTIVE_OF Vertex Energy current'],
  ],
  ['Former BP executive Linh Austin leads the recycler.', ['Linh Austin EXECUTIVE_OF BP former']],
  [
    'Jane Roe, a former executive at BP and McDermott International, joined the company.',
    ['Jane Roe EXECUTIVE_OF BP former', 'Jane Roe EXECUTIVE_OF McDermott International former'],
  ],
  [
    'Peter Lin, a director of Nordvale Holdings, sold shares last week.',
    ['Peter Lin BOARD_MEMBER_OF Nordvale Holdings current'],
  ],
  [
    'Susan Wojcicki joined the board of Salesforce Inc. last year.',
    ['Susan Wojcicki BOARD_MEMBER_OF Salesforce Inc. current'],
  ],
  [
    'Priya Natarajan, an analyst at Morgan Stanley & Co., raised her price target.',
    ['Priya Natarajan WORKS_FOR Morgan Stanley & Co. current'],
  ],
  [
    'Eric Casey is the managing editor at Worcester Business Journal.',
    ['Eric Casey WORKS_FOR Worcester Business Journal current'],
  ],
  // Organization → Organization
  [
    'Hyundai Motor Co. signed a memorandum of understanding with SK On Co. on Tuesday.',
    ['Hyundai Motor Co. SIGNED_MOU_WITH SK On Co. current'],
  ],
  [
    'Toyota Motor Corp. and Panasonic Holdings signed a memorandum of understanding to study battery recycling.',
    ['Toyota Motor Corp. SIGNED_MOU_WITH Panasonic Holdings current'],
  ],
  [
    'Boeing Co. signed a supply agreement with Spirit AeroSystems Holdings Inc.',
    ['Boeing Co. AGREEMENT_WITH Spirit AeroSystems Holdings Inc. current'],
  ],
  [
    'Walmart Inc. signed a distribution agreement with Unilever Plc in March.',
    ['Walmart Inc. AGREEMENT_WITH Unilever Plc current'],
  ],
  [
    'Glencore agreed to a supply deal with Britishvolt Ltd.',
    ['Glencore AGREEMENT_WITH Britishvolt Ltd. planned'],
  ],
  [
    'Ford Motor Co. has partnered with SK Innovation to develop battery cells.',
    ['Ford Motor Co. PARTNERED_WITH SK Innovation current'],
  ],
  [
    'Nvidia Corp. announced a strategic partnership with Foxconn Technology Group.',
    ['Nvidia Corp. PARTNERED_WITH Foxconn Technology Group current'],
  ],
  // Agreements and partnerships (issue 3): lists, ended deals, contracts, orders, licences, supply.
  [
    'Hartwell Foods Inc. and Brisa Snacks Ltd. signed a supply deal with Corlan Farms Co.',
    [
      'Brisa Snacks Ltd. AGREEMENT_WITH Corlan Farms Co. current',
      'Hartwell Foods Inc. AGREEMENT_WITH Corlan Farms Co. current',
    ],
  ],
  [
    'Zephyr Airlines Inc. and Monarch Cargo Ltd. entered into a codeshare agreement.',
    ['Zephyr Airlines Inc. AGREEMENT_WITH Monarch Cargo Ltd. current'],
  ],
  [
    'Sunbird Solar Inc. terminated its supply agreement with Jiangyin Silicon Co.',
    ['Sunbird Solar Inc. AGREEMENT_WITH Jiangyin Silicon Co. former'],
  ],
  [
    'Microsoft Corp. terminated its partnership with OpenAI LP.',
    ['Microsoft Corp. PARTNERED_WITH OpenAI LP former'],
  ],
  [
    'Quillon Energy Inc. has ended its partnership with Sorelle Hydrogen Ltd.',
    ['Quillon Energy Inc. PARTNERED_WITH Sorelle Hydrogen Ltd. former'],
  ],
  [
    'Acme Corp. and Globex Inc. teamed up in 2018 to build chargers; their alliance ended in 2022.',
    ['Acme Corp. PARTNERED_WITH Globex Inc. former'],
  ],
  [
    'Halvorsen Labs Inc. (Halvorsen) has been selected by the U.S. Department of Energy for a $25 million contract.',
    ['Halvorsen Labs Inc. AGREEMENT_WITH U.S. Department of Energy current'],
  ],
  [
    'The U.S. Department of Defense awarded Lockheed Martin Corp. a $1 billion contract.',
    ['U.S. Department of Defense AGREEMENT_WITH Lockheed Martin Corp. current'],
  ],
  [
    'Raytheon Technologies Corp., headquartered in Arlington, won a $300 million contract from the U.S. Navy.',
    [
      'Raytheon Technologies Corp. AGREEMENT_WITH U.S. Navy current',
      'Raytheon Technologies Corp. BASED_IN Arlington current',
    ],
  ],
  [
    'Qantas Airways Ltd. will buy 20 long-range jets from Airbus SE.',
    ['Qantas Airways Ltd. AGREEMENT_WITH Airbus SE current'],
  ],
  [
    'Genmab A/S licenses antibodies from Stanford University.',
    ['Genmab A/S AGREEMENT_WITH Stanford University current'],
  ],
  [
    'LG Energy Solution Ltd. will supply battery cells to General Motors Co.',
    ['LG Energy Solution Ltd. AGREEMENT_WITH General Motors Co. current'],
  ],
  [
    'Panasonic Holdings supplies Tesla Inc. with battery cells.',
    ['Panasonic Holdings AGREEMENT_WITH Tesla Inc. current'],
  ],
  [
    'Rio Tinto Plc secured a power purchase agreement with Enel SpA.',
    ['Rio Tinto Plc AGREEMENT_WITH Enel SpA current'],
  ],
  [
    'Ford Motor Co. and Volkswagen AG have joined forces with Argo AI LLC.',
    ['Ford Motor Co. PARTNERED_WITH Argo AI LLC current', 'Volkswagen AG PARTNERED_WITH Argo AI LLC current'],
  ],
  [
    'Siemens AG and Alstom SA have joined forces to build hydrogen trains.',
    ['Siemens AG PARTNERED_WITH Alstom SA current'],
  ],
  [
    'Daimler Truck AG is working with Waymo LLC to develop driverless trucks.',
    ['Daimler Truck AG PARTNERED_WITH Waymo LLC current'],
  ],
  [
    'The supply agreement between Acme Corp. and Globex Inc. runs until 2030.',
    ['Acme Corp. AGREEMENT_WITH Globex Inc. current'],
  ],
  [
    "Acme Corp.'s licensing deal with Globex Inc. covers Europe.",
    ['Acme Corp. AGREEMENT_WITH Globex Inc. current'],
  ],
  [
    'Under a ten-year offtake agreement with Acme Corp., Globex Inc. will sell its lithium output.',
    ['Acme Corp. AGREEMENT_WITH Globex Inc. current'],
  ],
  [
    'Acme Corp. signed a deal to supply battery cells to Globex Motors.',
    ['Acme Corp. AGREEMENT_WITH Globex Motors current'],
  ],
  [
    'Acme Corp. signed an agreement to buy green hydrogen from Globex Energy.',
    ['Acme Corp. AGREEMENT_WITH Globex Energy current'],
  ],
  [
    'The $80 million contract was awarded to Acme Corp. by the U.S. Department of Energy.',
    ['Acme Corp. AGREEMENT_WITH U.S. Department of Energy current'],
  ],
  [
    'Acme Motors selected Globex Inc. as its battery supplier for the new pickup.',
    ['Acme Motors AGREEMENT_WITH Globex Inc. current'],
  ],
  [
    'Acme Corp., a key supplier to Globex Motors, raised prices.',
    ['Acme Corp. AGREEMENT_WITH Globex Motors current'],
  ],
  [
    "Acme Corp. licensed Globex Inc.'s battery chemistry for its trucks.",
    ['Acme Corp. AGREEMENT_WITH Globex Inc. current'],
  ],
  [
    'Acme Corp. placed an order for 50 trucks with Globex Inc.',
    ['Acme Corp. AGREEMENT_WITH Globex Inc. current'],
  ],
  [
    'Acme Corp. and Globex Inc. extended their distribution agreement to 2030.',
    ['Acme Corp. AGREEMENT_WITH Globex Inc. current'],
  ],
  [
    "Acme Corp.'s partnership with Globex Inc. has produced two drugs.",
    ['Acme Corp. PARTNERED_WITH Globex Inc. current'],
  ],
  [
    'Acme Corp. developed the vaccine in partnership with Globex Inc.',
    ['Acme Corp. PARTNERED_WITH Globex Inc. current'],
  ],
  [
    'In partnership with Acme Corp., Globex Inc. will open ten clinics.',
    ['Acme Corp. PARTNERED_WITH Globex Inc. current'],
  ],
  [
    'Acme Corp. picked Globex Inc. as its technology partner for the project.',
    ['Acme Corp. PARTNERED_WITH Globex Inc. current'],
  ],
  [
    'Acme Corp. and Globex Inc. will partner on charging stations.',
    ['Acme Corp. PARTNERED_WITH Globex Inc. planned'],
  ],
  [
    'Acme Corp. and Globex Inc. announced a research collaboration on Monday.',
    ['Acme Corp. PARTNERED_WITH Globex Inc. current'],
  ],
  [
    'Acme Corp. and Globex Inc. have been partners since 2015.',
    ['Acme Corp. PARTNERED_WITH Globex Inc. current'],
  ],
  [
    'Acme Corp., a long-time partner of Globex Inc., will build the plant.',
    ['Acme Corp. PARTNERED_WITH Globex Inc. current'],
  ],
  [
    'Acme Corp., together with Globex Inc., will develop a hydrogen truck.',
    ['Acme Corp. PARTNERED_WITH Globex Inc. planned'],
  ],
  [
    'Acme Corp. and Globex Inc. will jointly develop battery software.',
    ['Acme Corp. PARTNERED_WITH Globex Inc. planned'],
  ],
  ['Acme Corp. expands partnership with Globex Inc.', ['Acme Corp. PARTNERED_WITH Globex Inc. current']],
  [
    'Acme Corp. will buy solar power from Globex Energy under a 15-year agreement.',
    ['Acme Corp. AGREEMENT_WITH Globex Energy current'],
  ],
  [
    'Acme Corp. won a contract to build a rail line for the Colorado Department of Transportation.',
    ['Acme Corp. AGREEMENT_WITH Colorado Department of Transportation current'],
  ],
  [
    'Acme Corp. signed a contract worth $40 million with Globex Inc.',
    ['Acme Corp. AGREEMENT_WITH Globex Inc. current'],
  ],
  [
    'Acme Corp. placed a $2 billion order with Globex Inc.',
    ['Acme Corp. AGREEMENT_WITH Globex Inc. current'],
  ],
  [
    'Acme Corp. announced a supply agreement with Globex Inc.',
    ['Acme Corp. AGREEMENT_WITH Globex Inc. current'],
  ],
  [
    'Honda Motor Co. and Sony Group Corp. formed a 50-50 joint venture to build electric cars.',
    ['Honda Motor Co. JOINT_VENTURE_WITH Sony Group Corp. current'],
  ],
  [
    'LG Energy Solution formed a joint venture with Hyundai Motor Group to make battery cells.',
    ['LG Energy Solution JOINT_VENTURE_WITH Hyundai Motor Group current'],
  ],
  [
    'Sony Group Corp. and Honda Motor Co. are in talks to form a joint venture.',
    ['Sony Group Corp. JOINT_VENTURE_WITH Honda Motor Co. proposed'],
  ],
  [
    'Microsoft Corp. acquired Nuance Communications Inc. for $19.7 billion.',
    ['Microsoft Corp. ACQUIRED Nuance Communications Inc. current'],
  ],
  ['Figma Inc. was acquired by Adobe Inc. last year.', ['Adobe Inc. ACQUIRED Figma Inc. current']],
  [
    'Pfizer Inc. agreed to acquire Seagen Inc. for $43 billion.',
    ['Pfizer Inc. ACQUIRED Seagen Inc. planned'],
  ],
  [
    'Amazon.com Inc. agreed to buy iRobot Corp. for $1.7 billion.',
    ['Amazon.com Inc. ACQUIRED iRobot Corp. planned'],
  ],
  [
    'Broadcom Inc. is in talks to acquire VMware Inc., people familiar with the matter said.',
    ['Broadcom Inc. ACQUIRED VMware Inc. proposed'],
  ],
  [
    'Nissan Motor Co. is weighing a bid to acquire Mitsubishi Motors Corp.',
    ['Nissan Motor Co. ACQUIRED Mitsubishi Motors Corp. proposed'],
  ],
  [
    'Exxon Mobil Corp. completed its acquisition of Pioneer Natural Resources Co. in May.',
    ['Exxon Mobil Corp. ACQUIRED Pioneer Natural Resources Co. current'],
  ],
  [
    'The acquisition of Slack Technologies by Salesforce Inc. closed in July.',
    ['Salesforce Inc. ACQUIRED Slack Technologies current'],
  ],
  [
    'Sprint Corp. merged with T-Mobile US Inc. in 2020.',
    ['Sprint Corp. MERGED_WITH T-Mobile US Inc. current'],
  ],
  [
    'Kellogg Co. and General Mills Inc. agreed to merge.',
    ['Kellogg Co. MERGED_WITH General Mills Inc. planned'],
  ],
  [
    'Fiat Chrysler Automobiles is exploring a merger with Renault SA on Monday.',
    ['Fiat Chrysler Automobiles MERGED_WITH Renault SA proposed'],
  ],
  [
    'Sequoia Capital led a $50 million Series B round in Brex Inc.',
    ['Sequoia Capital INVESTED_IN Brex Inc. current'],
  ],
  [
    'Stripe Inc. raised $600 million from Thrive Capital and Sequoia Capital.',
    ['Sequoia Capital INVESTED_IN Stripe Inc. current', 'Thrive Capital INVESTED_IN Stripe Inc. current'],
  ],
  [
    'Berkshire Hathaway Inc. took a 9% stake in Occidental Petroleum Corp.',
    ['Berkshire Hathaway Inc. INVESTED_IN Occidental Petroleum Corp. current'],
  ],
  [
    'Instagram, a unit of Meta Platforms Inc., launched the feature.',
    ['Instagram SUBSIDIARY_OF Meta Platforms Inc. current'],
  ],
  ['YouTube is a subsidiary of Alphabet Inc.', ['YouTube SUBSIDIARY_OF Alphabet Inc. current']],
  [
    'Alphabet Inc., the parent company of Google LLC, reported earnings.',
    ['Google LLC SUBSIDIARY_OF Alphabet Inc. current'],
  ],
  [
    "Volkswagen AG's luxury brand Audi AG reported higher sales.",
    ['Audi AG SUBSIDIARY_OF Volkswagen AG current'],
  ],
  [
    'GM Korea, a subsidiary of General Motors Co., cut jobs.',
    ['GM Korea SUBSIDIARY_OF General Motors Co. current'],
  ],
  // FIRE training-part phrasings (issue 3): asides that name the buyer, ownership chains, titles.
  [
    'Meridian Data (acquired by Quantum Corporation in 1999) made storage software.',
    ['Quantum Corporation ACQUIRED Meridian Data current'],
  ],
  [
    'Rivo Labs, acquired by Pellan Corp. in 2015, makes sensors.',
    ['Pellan Corp. ACQUIRED Rivo Labs current'],
  ],
  ['Hilton Hotels Acquired by Blackstone Group', ['Blackstone Group ACQUIRED Hilton Hotels current']],
  ['Myogen was acquired by Gilead Sciences Inc. in 2006.', ['Gilead Sciences Inc. ACQUIRED Myogen current']],
  [
    'Brenwick Capital Inc., which is indirectly wholly owned and controlled by Hallam Group, issued the notes.',
    ['Brenwick Capital Inc. SUBSIDIARY_OF Hallam Group current'],
  ],
  [
    'Vetra AB, a wholly owned Swedish subsidiary of Corlen Inc., signed the facility agreement.',
    ['Vetra AB SUBSIDIARY_OF Corlen Inc. current'],
  ],
  [
    'Dalton Pharmaceuticals, Inc. (currently a wholly owned subsidiary of Corlen Inc.) makes generics.',
    ['Dalton Pharmaceuticals, Inc. SUBSIDIARY_OF Corlen Inc. current'],
  ],
  [
    'Harbor Holdings Limited, a Hong Kong corporation and wholly-owned subsidiary of Corlen Inc., signed it.',
    [
      'Harbor Holdings Limited BASED_IN Hong Kong current',
      'Harbor Holdings Limited SUBSIDIARY_OF Corlen Inc. current',
    ],
  ],
  [
    'Biocon Limited on Monday announced the merger of its material subsidiary Biocon Biologics Ltd with Serum Institute.',
    ['Biocon Biologics Ltd SUBSIDIARY_OF Biocon Limited current'],
  ],
  [
    'The shares are owned by Hallam Group through its wholly-owned subsidiary Brenwick Bank.',
    ['Brenwick Bank SUBSIDIARY_OF Hallam Group current'],
  ],
  [
    'Liberty Mutual Insurance completed its acquisition of Bermuda - based Ironshore Inc. in May.',
    ['Ironshore Inc. BASED_IN Bermuda current', 'Liberty Mutual Insurance ACQUIRED Ironshore Inc. current'],
  ],
  [
    'The date of the acquisition of Perseid by Astellas was May 16, 2011.',
    ['Astellas ACQUIRED Perseid current'],
  ],
  [
    'Pellan Corp. announced its intention to acquire Beta Networks Inc. for $40 million.',
    ['Pellan Corp. ACQUIRED Beta Networks Inc. planned'],
  ],
  [
    'Beta Bank and Gamma Trust Company, both wholly owned subsidiaries of Pellan Bancorp, merged.',
    [
      'Beta Bank SUBSIDIARY_OF Pellan Bancorp current',
      'Gamma Trust Company SUBSIDIARY_OF Pellan Bancorp current',
    ],
  ],
  [
    'Pellan Corp. owns all of the outstanding shares of Beta Inc.',
    ['Beta Inc. SUBSIDIARY_OF Pellan Corp. current'],
  ],
  [
    'Acme Corp. bought Beta Inc. and Gamma Ltd. in 2015.',
    ['Acme Corp. ACQUIRED Beta Inc. current', 'Acme Corp. ACQUIRED Gamma Ltd. current'],
  ],
  ['Pellan Corp Appoints Jane Roe as Chief Financial Officer', ['Jane Roe EXECUTIVE_OF Pellan Corp current']],
  [
    'John Smith, Chief Executive Officer, Pellan Corp., said the deal closed.',
    ['John Smith CEO_OF Pellan Corp. current'],
  ],
  [
    'Jane Roe, formerly of Pellan Corp., spoke at the conference in May.',
    ['Jane Roe WORKS_FOR Pellan Corp. former'],
  ],
  [
    'Employment Agreement, dated February 14, 2012, between NeoGenomics Laboratories, Inc. and Douglas M. VanOort.',
    ['Douglas M. VanOort WORKS_FOR NeoGenomics Laboratories, Inc. current'],
  ],
  [
    'Pellan Corp. completed its $3.1 billion acquisition of Beta Inc.',
    ['Pellan Corp. ACQUIRED Beta Inc. current'],
  ],
  [
    'Pellan Corp. acquired the remaining 49% interest in Beta Inc. in 2012.',
    ['Pellan Corp. ACQUIRED Beta Inc. current'],
  ],
  ['Pellan Corp. acquired a 100% interest in Beta Inc.', ['Pellan Corp. ACQUIRED Beta Inc. current']],
  ["Apple Inc.'s Tim Cook made $98 million in 2021.", ['Tim Cook WORKS_FOR Apple Inc. current']],
  [
    'Mr. Smith held various senior management positions with Pellan Corp. from 1990 to 2000.',
    ['Smith WORKS_FOR Pellan Corp. former'],
  ],
  [
    'Ana Ruiz has held several positions at Pellan Corp. since 2004.',
    ['Ana Ruiz WORKS_FOR Pellan Corp. current'],
  ],
  // The classifier echoes the fact through "his" (kept for the contract, one edge in the graph).
  [
    'Mr. Smith began his career at Pellan Corp. in 1985.',
    ['Smith WORKS_FOR Pellan Corp. former', 'Smith WORKS_FOR Pellan Corp. former'],
  ],
  ['Mr. Smith retired from Pellan Corp. in 2010.', ['Smith WORKS_FOR Pellan Corp. former']],
  ['Prior to that, Mr. Smith was with Pellan Corp. for 10 years.', ['Smith WORKS_FOR Pellan Corp. former']],
  ['Mr. Smith has been with Pellan Corp. since 2004.', ['Smith WORKS_FOR Pellan Corp. current']],
  [
    'Ana Ruiz spent 12 years at Pellan Corp., most recently as vice president.',
    ['Ana Ruiz WORKS_FOR Pellan Corp. former'],
  ],
  ['While at Pender, Ms. Norstrud served a variety of companies.', ['Norstrud WORKS_FOR Pender former']],
  [
    'Mr. Jaksch served as International Subsidiaries Manager of Phenomenex, a life science supply company.',
    ['Jaksch WORKS_FOR Phenomenex current'],
  ],
  [
    'Mr. Griess, 44, serves as Executive Vice President and Chief Operating Officer for CSG Systems.',
    ['Griess EXECUTIVE_OF CSG Systems current'],
  ],
  [
    'Gogoro and Swiggy will provide a path for riders, Gogoro Founder and CEO Horace Luke said.',
    ['Horace Luke CEO_OF Gogoro current', 'Horace Luke FOUNDER_OF Gogoro current'],
  ],
  // Deal and ownership phrasings from the business-news dev set (issue 3), one row per family.
  [
    'Kestrel Capital LLC led a $40 million Series B round in Paylo Inc., a payments start-up, with participation from Amani Ventures LLC and Sable Holdings Inc. on Monday.',
    [
      'Amani Ventures LLC INVESTED_IN Paylo Inc. current',
      'Kestrel Capital LLC INVESTED_IN Paylo Inc. current',
      'Sable Holdings Inc. INVESTED_IN Paylo Inc. current',
    ],
  ],
  [
    'Hexwood Capital Management raised its holding in Pyxis Semiconductor Inc. to 9.8%.',
    ['Hexwood Capital Management INVESTED_IN Pyxis Semiconductor Inc. current'],
  ],
  [
    'Brannock Capital LLC is backed by Wexford Holdings Inc. and Lakeshore Trust Co.',
    [
      'Lakeshore Trust Co. INVESTED_IN Brannock Capital LLC current',
      'Wexford Holdings Inc. INVESTED_IN Brannock Capital LLC current',
    ],
  ],
  [
    'Cinder Robotics Inc., a SoftEdge Corp.-backed maker of robots, hired 40 engineers.',
    ['SoftEdge Corp. INVESTED_IN Cinder Robotics Inc. current'],
  ],
  [
    'Fairmont Biologics Inc. is a portfolio company of Helix Ventures Inc.',
    ['Helix Ventures Inc. INVESTED_IN Fairmont Biologics Inc. current'],
  ],
  [
    'Meridian Foods Inc. agreed to buy snack maker Crispwell Brands Inc. for $610 million.',
    ['Meridian Foods Inc. ACQUIRED Crispwell Brands Inc. planned'],
  ],
  [
    'Dunmore Brewing Co. is being acquired by Brouwerij Vos NV in a deal valued at 400 million euros.',
    ['Brouwerij Vos NV ACQUIRED Dunmore Brewing Co. planned'],
  ],
  [
    'Ambrose Kitchen Ltd. is close to a deal to be bought by Larkspur Equity LLC, Sky News reported.',
    ['Larkspur Equity LLC ACQUIRED Ambrose Kitchen Ltd. proposed'],
  ],
  [
    'Grupo Almendra SA is weighing a bid for Lactosur SA, people familiar with the matter said.',
    ['Grupo Almendra SA ACQUIRED Lactosur SA proposed'],
  ],
  [
    'Vela Biotech Inc. is exploring a sale and has held preliminary talks with Saxon Pharma Inc. and Idris Therapeutics Inc.',
    [
      'Idris Therapeutics Inc. ACQUIRED Vela Biotech Inc. proposed',
      'Saxon Pharma Inc. ACQUIRED Vela Biotech Inc. proposed',
    ],
  ],
  [
    'Cresswell Holdings Ltd. sold its 60% stake in Fenwick Marine Ltd. to Argos Shipping Inc. last month.',
    [
      'Argos Shipping Inc. ACQUIRED Fenwick Marine Ltd. current',
      'Cresswell Holdings Ltd. ACQUIRED Fenwick Marine Ltd. former',
    ],
  ],
  [
    'Sakura Logistics K.K. and Pacifica Freight Corp. agreed to combine in an all-stock deal.',
    ['Sakura Logistics K.K. MERGED_WITH Pacifica Freight Corp. planned'],
  ],
  [
    'Kivu Telecom Ltd. is in advanced talks with Great Lakes Mobile Ltd. about a merger.',
    ['Kivu Telecom Ltd. MERGED_WITH Great Lakes Mobile Ltd. proposed'],
  ],
  [
    'Kaimana Resources Inc. is in negotiations with Petroleos del Sur SA to form a joint venture.',
    ['Kaimana Resources Inc. JOINT_VENTURE_WITH Petroleos del Sur SA proposed'],
  ],
  [
    'Ardent Foods Inc. and Kiwi Dairy Ltd. have signed a non-binding term sheet to form a joint venture.',
    ['Ardent Foods Inc. JOINT_VENTURE_WITH Kiwi Dairy Ltd. planned'],
  ],
  [
    'Harlow Chemicals Inc. is considering a joint venture with Sumiden Resins Co.',
    ['Harlow Chemicals Inc. JOINT_VENTURE_WITH Sumiden Resins Co. proposed'],
  ],
  [
    'Kalahari Gold Ltd. and Rand Metals Ltd. have agreed to pool their assets in a joint venture.',
    ['Kalahari Gold Ltd. JOINT_VENTURE_WITH Rand Metals Ltd. planned'],
  ],
  [
    'Rowan Textiles Ltd., Ashby Mills Ltd. and Kerrigan Fibres Ltd. signed a memorandum of understanding with Dhaka Garment Council Inc.',
    [
      'Ashby Mills Ltd. SIGNED_MOU_WITH Dhaka Garment Council Inc. current',
      'Kerrigan Fibres Ltd. SIGNED_MOU_WITH Dhaka Garment Council Inc. current',
      'Rowan Textiles Ltd. SIGNED_MOU_WITH Dhaka Garment Council Inc. current',
    ],
  ],
  [
    'Thornbury Retail Group plans to spin off its online unit, Thornbury Digital Ltd., next year.',
    ['Thornbury Digital Ltd. SUBSIDIARY_OF Thornbury Retail Group current'],
  ],
  [
    'Marchetti Group, which owns the Vespera Srl and Lusso Srl fashion labels, said sales fell.',
    ['Lusso Srl SUBSIDIARY_OF Marchetti Group current', 'Vespera Srl SUBSIDIARY_OF Marchetti Group current'],
  ],
  [
    'Cairngorm Distillers Ltd. has been put up for sale by its owner, Glenholm Capital Inc.',
    ['Cairngorm Distillers Ltd. SUBSIDIARY_OF Glenholm Capital Inc. current'],
  ],
  [
    'Vireo Networks Inc. was acquired by Castlegate Telecom Inc. in 2021 and now operates as its enterprise division.',
    [
      'Castlegate Telecom Inc. ACQUIRED Vireo Networks Inc. current',
      'Vireo Networks Inc. SUBSIDIARY_OF Castlegate Telecom Inc. current',
    ],
  ],
  [
    "Kingsbridge Pharma Inc.'s generic drugs business, Kingsbridge Generics Ltd., will be sold to Averna Health Inc.",
    [
      'Averna Health Inc. ACQUIRED Kingsbridge Generics Ltd. planned',
      'Kingsbridge Generics Ltd. SUBSIDIARY_OF Kingsbridge Pharma Inc. current',
    ],
  ],
  [
    "Vantor Chemicals' Chinese subsidiary, Vantor Ningbo Co., started production.",
    ['Vantor Ningbo Co. SUBSIDIARY_OF Vantor Chemicals current'],
  ],
  [
    'Acme Capital Inc. raised its holding in Globex Inc. to 62%, giving it control.',
    ['Acme Capital Inc. ACQUIRED Globex Inc. current'],
  ],
  [
    'Acme Corp., which owns 30% of Globex Inc., backed the deal.',
    ['Acme Corp. INVESTED_IN Globex Inc. current'],
  ],
  [
    'Acme Holdings Inc. owns 70% of Globex Inc., the filing showed.',
    ['Acme Holdings Inc. ACQUIRED Globex Inc. current'],
  ],
  [
    'Acme Capital Inc. is the largest shareholder in Globex Inc.',
    ['Acme Capital Inc. INVESTED_IN Globex Inc. current'],
  ],
  [
    'Globex Inc., whose investors include Acme Ventures LLC and Initech Capital LLC, raised new money.',
    [
      'Acme Ventures LLC INVESTED_IN Globex Inc. current',
      'Initech Capital LLC INVESTED_IN Globex Inc. current',
    ],
  ],
  [
    "Globex Inc.'s Series A round, led by venture firm Initech Corp., closed on Friday.",
    ['Initech Corp. INVESTED_IN Globex Inc. current'],
  ],
  [
    'Globex Inc. agreed to sell itself to Acme Corp. for $3 billion.',
    ['Acme Corp. ACQUIRED Globex Inc. planned'],
  ],
  [
    'Globex Inc., which Acme Corp. acquired in 2019, makes sensors.',
    ['Acme Corp. ACQUIRED Globex Inc. current'],
  ],
  [
    'Acme Corp. and Globex Inc. formed a 60:40 joint venture.',
    ['Acme Corp. JOINT_VENTURE_WITH Globex Inc. current'],
  ],
  [
    "Alphabet Inc.'s Waymo LLC unit expanded its robotaxi service.",
    ['Waymo LLC SUBSIDIARY_OF Alphabet Inc. current'],
  ],
  [
    "Waymo LLC, Alphabet Inc.'s self-driving unit, expanded its service.",
    ['Waymo LLC SUBSIDIARY_OF Alphabet Inc. current'],
  ],
  [
    'Globex Inc. is now part of Acme Group after the 2020 deal.',
    ['Globex Inc. SUBSIDIARY_OF Acme Group current'],
  ],
  [
    "Acme Group's subsidiaries include Globex Inc. and Initech Ltd.",
    ['Globex Inc. SUBSIDIARY_OF Acme Group current', 'Initech Ltd. SUBSIDIARY_OF Acme Group current'],
  ],
  // Organization → Place, Place → Place, Person → Place
  [
    'Redwood Materials, based in Carson City, recycles batteries.',
    ['Redwood Materials BASED_IN Carson City current'],
  ],
  [
    'Westborough-based Ascend Elements recycles lithium-ion batteries.',
    ['Ascend Elements BASED_IN Westborough current'],
  ],
  [
    'Greenwich, Conn.-based Xerox Corp said profits rose.',
    [
      'Xerox Corp BASED_IN Conn current',
      'Xerox Corp BASED_IN Greenwich current',
      'Greenwich LOCATED_IN Conn current',
    ],
  ],
  [
    'Marlow Bancorp Inc completed its merger with Laval, Quebec-based Tessier Financial Corp.',
    [
      'Laval LOCATED_IN Quebec current',
      'Marlow Bancorp Inc MERGED_WITH Tessier Financial Corp. current',
      'Tessier Financial Corp. BASED_IN Laval current',
      'Tessier Financial Corp. BASED_IN Quebec current',
    ],
  ],
  ['Corvane Pumps Inc. is a Boston-based maker of pumps.', ['Corvane Pumps Inc. BASED_IN Boston current']],
  // "X, said Zurich-based Y" is no appositive: the place is Y's.
  [
    'Jane Roe, chief executive of Acme Corp., said Zurich-based Beta Systems AG is growing.',
    ['Beta Systems AG BASED_IN Zurich current', 'Jane Roe CEO_OF Acme Corp. current'],
  ],
  [
    'Anchor Financial Corp agreed to acquire Waccamaw State Bank of Surfside Beach for $30 million.',
    ['Anchor Financial Corp ACQUIRED Waccamaw State Bank of Surfside Beach planned'],
  ],
  [
    'However, the plan, unveiled by Keidanren official Fumio Watanabe, does not specify any steps.',
    ['Fumio Watanabe WORKS_FOR Keidanren current'],
  ],
  [
    "Halden's former parent Marlow Mining Corp. was acquired by Orrin Resources Ltd. in 1986.",
    ['Orrin Resources Ltd. ACQUIRED Marlow Mining Corp. current'],
  ],
  ['Siemens AG is headquartered in Munich.', ['Siemens AG BASED_IN Munich current']],
  ['Kaspi Bank, an Almaty-based lender, reported record profit.', ['Kaspi Bank BASED_IN Almaty current']],
  ["Japan's Itochu Corp. agreed to buy the stake.", ['Itochu Corp. BASED_IN Japan current']],
  ['Glencore Plc was formerly headquartered in Zug.', ['Glencore Plc BASED_IN Zug former']],
  [
    'Adobe Inc. was previously based in Mountain View, California.',
    [
      'Adobe Inc. BASED_IN California former',
      'Adobe Inc. BASED_IN Mountain View former',
      'Mountain View LOCATED_IN California current',
    ],
  ],
  ['Northvolt AB operates a gigafactory in Sweden.', ['Northvolt AB OPERATES_IN Sweden current']],
  ['Panasonic Holdings opened a battery plant in Kansas.', ['Panasonic Holdings OPERATES_IN Kansas current']],
  ['Tesla Inc. plans to build a factory in Mexico.', ['Tesla Inc. OPERATES_IN Mexico planned']],
  ['BYD Co. will build a new plant in Hungary.', ['BYD Co. OPERATES_IN Hungary planned']],
  [
    'Samsung Electronics is considering a chip plant in Texas.',
    ['Samsung Electronics OPERATES_IN Texas proposed'],
  ],
  // CoNLL04-style places and people: source lines, address chains, natives, birth lines, homes
  [
    'Farm Laborers Move to Cities OW1102132994 Beijing XINHUA in English 1313 GMT 11 Feb 94',
    ['XINHUA BASED_IN Beijing current'],
  ],
  [
    'The suit names CH2M Hill of Corvallis, Ore., which designed the tunnel.',
    [
      'CH2M Hill BASED_IN Corvallis current',
      'CH2M Hill BASED_IN Ore. current',
      'Corvallis LOCATED_IN Ore. current',
    ],
  ],
  [
    'The closed sites are Fire Island National Seashore, Patchogue, N.Y.; and a depot in Texas.',
    [
      'Fire Island National Seashore LOCATED_IN N.Y. current',
      'Fire Island National Seashore LOCATED_IN Patchogue current',
      'Patchogue LOCATED_IN N.Y. current',
    ],
  ],
  ['The tour visits Minnesota, Iowa, Kansas and Ohio.', []],
  [
    'The film was directed by Modesto native George Lucas in 1973.',
    ['George Lucas LIVES_IN Modesto current'],
  ],
  [
    'The names were picked by actress Cybill Shepherd, a Memphis native and mother of twins.',
    ['Cybill Shepherd LIVES_IN Memphis current'],
  ],
  [
    "Venezuela's chief debt negotiator, Miguel Rodriguez, told reporters Monday that talks would resume.",
    ['Miguel Rodriguez LIVES_IN Venezuela current'],
  ],
  ["Japan's Itochu Corp. agreed to buy the stake.", ['Itochu Corp. BASED_IN Japan current']],
  [
    'U.S. Bankruptcy Judge George Proctor on Friday authorized the appointment.',
    ['George Proctor LIVES_IN United States current'],
  ],
  [
    'Neil Simon was born on Feb. 5, 1907, in Portland, Ore., and grew up there.',
    [
      'Neil Simon LIVES_IN Ore. current',
      'Neil Simon LIVES_IN Portland current',
      'Portland LOCATED_IN Ore. current',
    ],
  ],
  ['Jerome Robbins, 69, born in New York, staged the show.', ['Jerome Robbins LIVES_IN New York current']],
  [
    'Grace Okafor, author of two novels about the delta, was born in Warri, Nigeria.',
    [
      'Grace Okafor LIVES_IN Nigeria current',
      'Grace Okafor LIVES_IN Warri current',
      'Warri LOCATED_IN Nigeria current',
    ],
  ],
  [
    'The singer Lena Brandt was born Helena Brandtova in Brno.',
    ['Helena Brandtova LIVES_IN Brno current', 'Lena Brandt LIVES_IN Brno current'],
  ],
  [
    "Omar Haddad of Harvard University's Kennedy School of Government disagreed.",
    [
      'Omar Haddad WORKS_FOR Harvard University current',
      'Omar Haddad WORKS_FOR Kennedy School of Government current',
    ],
  ],
  [
    'Negotiators signed the accord in the U.S. capital of Washington on Friday.',
    ['Washington LOCATED_IN United States current'],
  ],
  ['Lee Mitgang has covered education for the AP since 1981.', ['Lee Mitgang WORKS_FOR AP current']],
  [
    'Flooding closed the road between Salida and Gunnison, Colorado.',
    ['Gunnison LOCATED_IN Colorado current', 'Salida LOCATED_IN Colorado current'],
  ],
  [
    'Warner, who now lives in Ocala, Fla., declined to comment.',
    ['Ocala LOCATED_IN Fla. current', 'Warner LIVES_IN Fla. current', 'Warner LIVES_IN Ocala current'],
  ],
  ["Waco is near Willie Nelson's hometown of Abbott.", ['Willie Nelson LIVES_IN Abbott current']],
  [
    'Newsman Harry Reasoner is returning to his Iowa hometown to get married Saturday.',
    ['Harry Reasoner LIVES_IN Iowa current'],
  ],
  [
    "With South Carolina being Jesse Jackson's home state, there was a strong incentive.",
    ['Jesse Jackson LIVES_IN South Carolina current'],
  ],
  [
    'Dole had hoped to win in North Carolina, the home state of his wife, Elizabeth.',
    ['Elizabeth LIVES_IN North Carolina current'],
  ],
  [
    "The book was written by North Carolina's native son Thomas Wolfe in 1940.",
    ['Thomas Wolfe LIVES_IN North Carolina current'],
  ],
  [
    'Ogdon shared top place with Soviet pianist Vladimir Ashkenazy in the competition.',
    ['Vladimir Ashkenazy LIVES_IN Soviet current'],
  ],
  [
    'Guy Struve, the New York attorney representing the chain, said he was disappointed.',
    ['Guy Struve LIVES_IN New York current'],
  ],
  [
    'Yisrael Tal, one of the top military strategists in Israel, says the balance has shifted.',
    ['Yisrael Tal LIVES_IN Israel current'],
  ],
  [
    "Mrs. Rose hired Abebe Worke, one of Ethiopia's most distinguished lawyers, to investigate.",
    ['Abebe Worke LIVES_IN Ethiopia current'],
  ],
  [
    'Born in Philadelphia the son of a tailor, Man Ray was forced to flee Paris.',
    ['Man Ray LIVES_IN Philadelphia current'],
  ],
  [
    'In Colorado, 13 inches of snow in Denver prompted officials to close the highway.',
    ['Denver LOCATED_IN Colorado current'],
  ],
  [
    'Montana: A fire burning in grassland in the Custer National Forest grew on Tuesday.',
    ['Custer National Forest LOCATED_IN Montana current'],
  ],
  [
    'Scientists at Centro Nacional de Microelectronica (CNM) in Barcelona are working on a chip.',
    ['Centro Nacional de Microelectronica BASED_IN Barcelona current'],
  ],
  ['Mary Roe, a Texas-born architect, designed it.', ['Mary Roe LIVES_IN Texas current']],
  [
    "Morihiro Hosokawa, Japan's prime minister, resigned on Friday.",
    ['Morihiro Hosokawa LIVES_IN Japan current'],
  ],
  [
    'Reith Chuol, governor of the Upper Nile region, told reporters.',
    ['Reith Chuol LIVES_IN Upper Nile region current'],
  ],
  // The home is the owner's, not the visitor's.
  ["Jones visited Mary Smith's home in Boston.", ['Mary Smith LIVES_IN Boston current']],
  [
    'Mary Fisher said from her home in the Louisville suburb of Okolona that she was fine.',
    ['Mary Fisher LIVES_IN Louisville current'],
  ],
  [
    'Bob Graham, the Florida governor, made a large investment in schools.',
    ['Bob Graham LIVES_IN Florida current'],
  ],
  [
    "Crocodiles in Zambia's Kafue River have devoured five people.",
    ['Kafue River LOCATED_IN Zambia current'],
  ],
  ["China's southern province of Guangdong reported growth.", ['Guangdong LOCATED_IN China current']],
  [
    'Cuenca, the third most important city in Ecuador, hosted the meeting.',
    ['Cuenca LOCATED_IN Ecuador current'],
  ],
  [
    'All three reactors at the Savannah River Plant, in Aiken, S.C., have been shut down.',
    [
      'Aiken LOCATED_IN S.C. current',
      'Savannah River Plant LOCATED_IN Aiken current',
      'Savannah River Plant LOCATED_IN S.C. current',
    ],
  ],
  [
    'Rome is in Lazio province and Naples is in Campania.',
    ['Naples LOCATED_IN Campania current', 'Rome LOCATED_IN Lazio current'],
  ],
  [
    'The plane crashed near Lemmon in extreme northwestern South Dakota.',
    ['Lemmon LOCATED_IN South Dakota current'],
  ],
  [
    'Foxconn Technology Group closed its factory in Brazil last year.',
    ['Foxconn Technology Group OPERATES_IN Brazil former'],
  ],
  [
    'The company is based in Shenzhen, China, and employs 9,000 people.',
    ['Shenzhen LOCATED_IN China current'],
  ],
  ['Maria Lopez, who lives in Denver, bought the shares.', ['Maria Lopez LIVES_IN Denver current']],
  // Phrasing families from dev2 (fronted and passive MOUs, nominal sales, "who heads", possessive boards)
  [
    'Under a memorandum of understanding signed in Oslo, Acme Corp. and Globex Inc. will map offshore wind sites.',
    ['Acme Corp. SIGNED_MOU_WITH Globex Inc. current'],
  ],
  [
    'A non-binding MOU was signed by Acme Corp. and Globex Inc. on Friday.',
    ['Acme Corp. SIGNED_MOU_WITH Globex Inc. current'],
  ],
  [
    'Acme Corp. is negotiating a ten-year supply contract with Globex Inc.',
    ['Acme Corp. AGREEMENT_WITH Globex Inc. proposed'],
  ],
  [
    'Acme Corp. announced the sale of its chemicals unit Globex Inc. to Initech LLC.',
    ['Globex Inc. SUBSIDIARY_OF Acme Corp. current', 'Initech LLC ACQUIRED Globex Inc. current'],
  ],
  [
    'Globex Inc. raised $12 million in a Series A round, with Acme Ventures and Initech LLC also participating.',
    ['Acme Ventures INVESTED_IN Globex Inc. current', 'Initech LLC INVESTED_IN Globex Inc. current'],
  ],
  [
    'Globex Inc. closed a $30 million round led by Acme Ventures, with Initech LLC also taking part.',
    ['Acme Ventures INVESTED_IN Globex Inc. current', 'Initech LLC INVESTED_IN Globex Inc. current'],
  ],
  [
    'A new assembly plant in Monterrey will be built by Acme Corp., the governor said.',
    ['Acme Corp. OPERATES_IN Monterrey planned'],
  ],
  ['Jane Roe, who heads Acme Bank, said margins would improve.', ['Jane Roe EXECUTIVE_OF Acme Bank current']],
  [
    "Jane Roe joined Acme Corp.'s board of directors in June.",
    ['Jane Roe BOARD_MEMBER_OF Acme Corp. current'],
  ],
  [
    'Acme Corp. plans a joint venture with Globex Inc. to make cathodes.',
    ['Acme Corp. JOINT_VENTURE_WITH Globex Inc. planned'],
  ],
  [
    'Acme Corp. is exploring a partnership with Globex Inc. in payments.',
    ['Acme Corp. PARTNERED_WITH Globex Inc. proposed'],
  ],
  // Appositives and parentheticals after a name are read through.
  [
    'Northvale Grid, a unit of Arden Energy, signed a ten-year supply agreement with Tessaly Wind A/S.',
    [
      'Northvale Grid AGREEMENT_WITH Tessaly Wind A/S current',
      'Northvale Grid SUBSIDIARY_OF Arden Energy current',
    ],
  ],
  [
    'The Orvane Institute for Policy Research (OIPR) was established in 2006.',
    // The alias in parentheses is the same organization: one fact per name (both shown by the full name).
    [
      'Orvane Institute for Policy Research FOUNDED_ON 2006 current',
      'Orvane Institute for Policy Research FOUNDED_ON 2006 current',
    ],
  ],
  // Founding dates in relative clauses, after a founder and a place, and after "founder of".
  [
    'Lumen Pictures, based in Brisbane, which was founded in 2001, makes films.',
    ['Lumen Pictures BASED_IN Brisbane current', 'Lumen Pictures FOUNDED_ON 2001 current'],
  ],
  [
    'Harlow Games Company is an American toy company established by Ben Harlow in Springfield, Massachusetts, in 1860.',
    [
      'Ben Harlow FOUNDER_OF Harlow Games Company current',
      'Harlow Games Company BASED_IN Massachusetts current',
      'Harlow Games Company BASED_IN Springfield current',
      'Harlow Games Company FOUNDED_ON 1860 current',
      'Springfield LOCATED_IN Massachusetts current',
    ],
  ],
  [
    'Founded by Lester Moon in 1972, Family Radio Corporation broadcasts from Indiana.',
    [
      'Family Radio Corporation FOUNDED_ON 1972 current',
      'Lester Moon FOUNDER_OF Family Radio Corporation current',
    ],
  ],
  // A long copular description before "headquartered in"; a name only as a modifier inside it.
  [
    'Vexo Music is a British music recording and publishing company, and an electronics maker, headquartered in London, England.',
    [
      'London LOCATED_IN United Kingdom current',
      'Vexo Music BASED_IN London current',
      'Vexo Music BASED_IN United Kingdom current',
    ],
  ],
  // Founders named as "one of the founders", "a founding member", after a coordinated clause, as "its founder".
  ['Ada Moss is one of the founders of Lumora Labs.', ['Ada Moss FOUNDER_OF Lumora Labs current']],
  ['Ken Ito is a founding member of the Harbor Party.', ['Ken Ito FOUNDER_OF Harbor Party current']],
  [
    'Ken Ito moved to Oslo in 1981 and set up Fulmar Trading in 1985.',
    ['Fulmar Trading FOUNDED_ON 1985 current', 'Ken Ito FOUNDER_OF Fulmar Trading current'],
  ],
  // Co-founders after "with" (a possessive and a kind may stand between); a backer "with funding from" is none.
  [
    'Jane Roe co-founded Acme Corp. with her husband Ken Roe.',
    ['Jane Roe FOUNDER_OF Acme Corp. current', 'Ken Roe FOUNDER_OF Acme Corp. current'],
  ],
  [
    'Ken Ito founded Fulmar Trading in 2010 with funding from Ada Moss.',
    ['Fulmar Trading FOUNDED_ON 2010 current', 'Ken Ito FOUNDER_OF Fulmar Trading current'],
  ],
  [
    'She sings with Corrs Music Ltd., which she co-founded in 1990 with her elder brother Jim Corr.',
    [
      'Corrs Music Ltd. FOUNDED_ON 1990 current',
      'Jim Corr FOUNDER_OF Corrs Music Ltd. current',
      'she FOUNDER_OF Corrs Music Ltd. current',
    ],
  ],
  // A founding listed among what a person is; after a bare comma it may describe the company before.
  [
    'Ken Ito is the managing partner and a founding member of Fulmar Trading LLP.',
    ['Ken Ito FOUNDER_OF Fulmar Trading LLP current'],
  ],
  [
    'Ken Ito is chief executive of Harbor Foods, a founding member of the Orvane Alliance.',
    ['Ken Ito CEO_OF Harbor Foods current'],
  ],
  [
    'Ken Ito is the husband of Ada Moss, the founder of Fulmar Trading.',
    ['Ada Moss FOUNDER_OF Fulmar Trading current'],
  ],
  [
    'The wiki was started by Lars Aronsson (also the founder of Project Runeberg).',
    ['Lars Aronsson FOUNDER_OF Project Runeberg current'],
  ],
  // A relative clause after the name names its founder; a founder's post may close the sentence.
  [
    'Acme bought Beta Corp, which Jane Roe founded in 1990.',
    ['Beta Corp FOUNDED_ON 1990 current', 'Jane Roe FOUNDER_OF Beta Corp current'],
  ],
  [
    'First Home Mortgage Corporation was founded in 1990 by Dave Waters, CEO.',
    [
      'Dave Waters CEO_OF First Home Mortgage Corporation current',
      'Dave Waters FOUNDER_OF First Home Mortgage Corporation current',
      'First Home Mortgage Corporation FOUNDED_ON 1990 current',
    ],
  ],
  [
    'Acme Corp was founded in 1990 by Dave Waters, CEO of Beta Inc.',
    [
      'Acme Corp FOUNDED_ON 1990 current',
      'Dave Waters CEO_OF Beta Inc. current',
      'Dave Waters FOUNDER_OF Acme Corp current',
    ],
  ],
  [
    'Fenwick Tools operated as an independent firm from its founding in 1880 until 1980.',
    ['Fenwick Tools FOUNDED_ON 1880 current'],
  ],
  // A clause about founding before or after the founder.
  [
    'Prior to founding Talos Partners, Robert Shapiro served as the chief executive of Overstock.com.',
    ['Robert Shapiro CEO_OF Overstock.com current', 'Robert Shapiro FOUNDER_OF Talos Partners current'],
  ],
  [
    'Jane Roe was a partner at a law firm for ten years before founding Acme Corp.',
    ['Jane Roe FOUNDER_OF Acme Corp. current'],
  ],
  [
    'Jane Roe, a former Acme Corp executive who later founded Beta Corp, spoke.',
    ['Jane Roe EXECUTIVE_OF Acme Corp former', 'Jane Roe FOUNDER_OF Beta Corp current'],
  ],
  // Founding and a post sharing the company.
  [
    'In 1978 Lilia Abron founded and became CEO of PEER Consultants.',
    ['Lilia Abron CEO_OF PEER Consultants current', 'Lilia Abron FOUNDER_OF PEER Consultants current'],
  ],
  // The founding as a noun or gerund, a description as an appositive before the name.
  [
    'The group took part in setting up the national carrier, Fulmar Air, in 1967.',
    ['Fulmar Air FOUNDED_ON 1967 current'],
  ],
  [
    'Jane Roe is chairman of Anaeko Ltd., now a cloud company which she co-founded in 2004.',
    [
      'Anaeko Ltd. FOUNDED_ON 2004 current',
      'Jane Roe CHAIR_OF Anaeko Ltd. current',
      'Jane Roe FOUNDER_OF Anaeko Ltd. current',
    ],
  ],
  // The chief executive post last in a list of roles; its own "former" dates it, not an earlier role's.
  [
    // Why: the CEO post is the rule's; the publisher post was the classifier's until session 5's retraining.
    'Kate Weymouth is the former publisher of The Washington Post and chief executive officer of Harbor Media.',
    ['Kate Weymouth CEO_OF Harbor Media current'],
  ],
  [
    'John Morris is an American businessman, majority owner and former CEO of Bass Pro Shops, a retailer.',
    ['John Morris CEO_OF Bass Pro Shops former'],
  ],
  // Later founders may carry an honorific or a parenthetical.
  [
    'Sharecare was founded in 2010 by Jeff Arnold (founder of WebMD) and Dr. Mehmet Oz.',
    [
      'Jeff Arnold FOUNDER_OF Sharecare current',
      'Jeff Arnold FOUNDER_OF WebMD current',
      'Mehmet Oz FOUNDER_OF Sharecare current',
      'Sharecare FOUNDED_ON 2010 current',
    ],
  ],
  // A company may be the founder; the date stays the founded one's.
  [
    'Avanti was established by the UK Department of Trade and Industry in 2002 to formulate an approach.',
    ['Avanti FOUNDED_ON 2002 current'],
  ],
  // "is located in" with a copula; a place modifying the description.
  [
    'The Norvale Public Library is located in Huntington.',
    ['Norvale Public Library BASED_IN Huntington current'],
  ],
  ['Larkspur Bank is a Texas community bank.', ['Larkspur Bank BASED_IN Texas current']],
  // A plural title before a list names each person's post.
  [
    'Norvale University professors Ken Ito and Ada Moss wrote the book.',
    ['Ada Moss WORKS_FOR Norvale University current', 'Ken Ito WORKS_FOR Norvale University current'],
  ],
  // Founding dates: "the 1947 creation of", "established as X in", "began operations … in", "his own company".
  [
    'Following the 1947 creation of the Harbor Intelligence Agency, he rose in its ranks.',
    ['Harbor Intelligence Agency FOUNDED_ON 1947 current'],
  ],
  [
    'Ken Ito worked in banking until founding his own company Fulmar Trading in 2006.',
    ['Fulmar Trading FOUNDED_ON 2006 current'],
  ],
  // Ownership: a description coordinated with "a subsidiary of", "daughter company".
  [
    'Kestrel Air is a Danish low-cost airline and a wholly owned subsidiary of Harlow Holdings.',
    ['Kestrel Air SUBSIDIARY_OF Harlow Holdings current'],
  ],
  [
    'Aerzen Nordic AB is a daughter company of Harlow Maschinen GmbH.',
    ['Aerzen Nordic AB SUBSIDIARY_OF Harlow Maschinen GmbH current'],
  ],
  // "X of ORG" before a verb or at a list item's end, also with an age.
  [
    'Ulf Berg, 47, of the Nordic Space Agency and Roger Crouch of Harlow Labs have been chosen.',
    ['Roger Crouch WORKS_FOR Harlow Labs current', 'Ulf Berg WORKS_FOR Nordic Space Agency current'],
  ],
  // Academic and career employment: "taught at", "a 23-year career at", "held positions with".
  [
    'Ada Moss taught at the Norvale Institute of Design.',
    ['Ada Moss WORKS_FOR Norvale Institute of Design current'],
  ],
  [
    'Ken Ito has held engineering positions with Harlow Aerospace and Fulmar Labs.',
    ['Ken Ito WORKS_FOR Fulmar Labs current', 'Ken Ito WORKS_FOR Harlow Aerospace current'],
  ],
  // A first-person biography; "World War I" is no one.
  ['In 2006, I joined Norvale University.', ['I WORKS_FOR Norvale University current']],
  ['After World War I joined the league, Norvale Steel grew.', []],
  // Every place of a chain.
  [
    'Maria Lopez, 42, of Denver, Colorado, was the first buyer.',
    [
      'Denver LOCATED_IN Colorado current',
      'Maria Lopez LIVES_IN Colorado current',
      'Maria Lopez LIVES_IN Denver current',
    ],
  ],
  // KnowledgeNet training-part phrasings (issue 3): a place chain ends the description, homes that
  // moved, parents "for" a list, 100% subsidiaries, bios' "where he worked".
  [
    'He is CEO of Viessmann Group, a heating systems manufacturer headquartered in Allendorf, Germany.',
    [
      'Allendorf LOCATED_IN Germany current',
      'He CEO_OF Viessmann Group current',
      'Viessmann Group BASED_IN Allendorf current',
      'Viessmann Group BASED_IN Germany current',
    ],
  ],
  [
    'Acme Corp. is an aircraft maker originally based in Wylie, Texas, and now in Austin, Texas.',
    [
      'Acme Corp. BASED_IN Austin current',
      'Acme Corp. BASED_IN Texas current',
      'Acme Corp. BASED_IN Texas current',
      'Acme Corp. BASED_IN Wylie current',
      'Austin LOCATED_IN Texas current',
      'Wylie LOCATED_IN Texas current',
    ],
  ],
  [
    'Pellan Holdings is the parent company for Beta Foods and Gamma Dairy.',
    ['Beta Foods SUBSIDIARY_OF Pellan Holdings current', 'Gamma Dairy SUBSIDIARY_OF Pellan Holdings current'],
  ],
  [
    'Harlow Press was founded by a Boston lawyer, Jane Roe, in 1909.',
    ['Harlow Press BASED_IN Boston current', 'Jane Roe FOUNDER_OF Harlow Press current'],
  ],
  // A tagged place opening a longer name in a company's slot yields to the whole name.
  [
    'The Dallas Philharmonic is an American orchestra based in Dallas, Texas.',
    [
      'Dallas LOCATED_IN Texas current',
      'Dallas Philharmonic BASED_IN Dallas current',
      'Dallas Philharmonic BASED_IN Texas current',
    ],
  ],
  // A town whose name ends like a company's ("Mills") is a place between "in" and its state.
  [
    'Harlow Gliders Inc. is a glider maker originally based in Wylie, Texas, later in Caddo Mills, Texas.',
    [
      'Caddo Mills LOCATED_IN Texas current',
      'Harlow Gliders Inc. BASED_IN Caddo Mills current',
      'Harlow Gliders Inc. BASED_IN Texas current',
      'Harlow Gliders Inc. BASED_IN Texas current',
      'Harlow Gliders Inc. BASED_IN Wylie current',
      'Wylie LOCATED_IN Texas current',
    ],
  ],
  // The tail of a place chain stays a place before a company's description.
  [
    'The Harlow College of Surgeons, based in Washington, D.C., is a nonprofit medical association.',
    [
      'Harlow College of Surgeons BASED_IN D.C. current',
      'Harlow College of Surgeons BASED_IN Washington current',
      'Washington LOCATED_IN D.C. current',
    ],
  ],
  [
    "In 2004, Harlow Games' parent company, Corlen Interactive, announced a new title.",
    ['Harlow Games SUBSIDIARY_OF Corlen Interactive current'],
  ],
  [
    "Corlen Media's main office was in the Harlow Tower in Seattle.",
    ['Corlen Media BASED_IN Seattle current', 'Harlow Tower LOCATED_IN Seattle current'],
  ],
  [
    'Corlen Foods has its headquarters in Oslo and a regional headquarters in Dubai.',
    [
      'Corlen Foods BASED_IN Oslo current',
      'Corlen Foods BASED_IN Oslo current',
      'Corlen Foods OPERATES_IN Dubai current',
    ],
  ],
  // A first name alone as a biography's subject is the person.
  [
    'In October 2009 Mike set up Corlen Advisory LLP.',
    ['Corlen Advisory LLP FOUNDED_ON October 2009 current', 'Mike FOUNDER_OF Corlen Advisory LLP current'],
  ],
  // A possessive place qualifies the parent; a country in parentheses is no acronym.
  [
    'Harlow Express (USA) is a subsidiary of Germany’s Corlen Post.',
    ['Corlen Post BASED_IN Germany current', 'Harlow Express SUBSIDIARY_OF Corlen Post current'],
  ],
  // A short form of a name linked to it as parent or child is a second organization.
  [
    'Corlen Inc. is the wholly owned subsidiary of Corlen, a French group with holdings in shipping.',
    ['Corlen Inc. SUBSIDIARY_OF Corlen current'],
  ],
  [
    'Harlow Media Systems GmbH, the German subsidiary of Harlow, publishes trade magazines.',
    ['Harlow Media Systems GmbH SUBSIDIARY_OF Harlow current'],
  ],
  [
    'Aerzen Svenska AB is a 100% daughter company of Aerzener Maschinenfabrik GmbH.',
    ['Aerzen Svenska AB SUBSIDIARY_OF Aerzener Maschinenfabrik GmbH current'],
  ],
  [
    'Tata Chemicals Europe is a UK-based chemicals company that is a subsidiary of Tata Chemicals Limited.',
    [
      'Tata Chemicals Europe BASED_IN United Kingdom current',
      'Tata Chemicals Europe SUBSIDIARY_OF Tata Chemicals Limited current',
    ],
  ],
  [
    'Pete Olsen also worked at First Consulting Group and Globex Inc.',
    ['Pete Olsen WORKS_FOR First Consulting Group current', 'Pete Olsen WORKS_FOR Globex Inc. current'],
  ],
  [
    'In 1990 Tom Reyes joined Lancaster Financial, an advisory firm where he was employed until 1995.',
    ['Tom Reyes WORKS_FOR Lancaster Financial current'],
  ],
  [
    'Arthur Kronfeld was a German psychiatrist, and eventually a professor at the University of Berlin.',
    ['Arthur Kronfeld WORKS_FOR University of Berlin current'],
  ],
  [
    'Verizon Wireless is wholly owned by Verizon Communications Inc. and is headquartered in Basking Ridge.',
    [
      'Verizon Wireless BASED_IN Basking Ridge current',
      'Verizon Wireless SUBSIDIARY_OF Verizon Communications Inc. current',
    ],
  ],
  [
    'Safaricom was formed in 1997 as a fully owned subsidiary of Telkom Kenya.',
    ['Safaricom FOUNDED_ON 1997 current', 'Safaricom SUBSIDIARY_OF Telkom Kenya current'],
  ],
  [
    'Fairway Asset Management (FAM) is a wholly-owned subsidiary of Pellan Group.',
    ['Fairway Asset Management SUBSIDIARY_OF Pellan Group current'],
  ],
  ['Google parent Alphabet Inc. reported earnings.', ['Google SUBSIDIARY_OF Alphabet Inc. current']],
  ['Jim Hale then resigned from Cable & Wireless.', ['Jim Hale WORKS_FOR Cable & Wireless former']],
  // A known place after "based in" is the place, not a short form of the club named after it.
  [
    'Denver Athletic Club is a private club based in Denver, Colorado.',
    [
      'Denver Athletic Club BASED_IN Colorado current',
      'Denver Athletic Club BASED_IN Denver current',
      'Denver LOCATED_IN Colorado current',
    ],
  ],
  [
    'Boston Scientific is a medical device maker based in Marlborough. Boston said sales rose.',
    ['Boston Scientific BASED_IN Marlborough current'],
  ],
  // A bio's list of posts keeps its subject; an academic post names its field; "Emeritus" is no name.
  [
    'Mike Lane is a Technical Fellow at Microsoft and an Adjunct Professor at MIT.',
    ['Mike Lane WORKS_FOR MIT current', 'Mike Lane WORKS_FOR Microsoft current'],
  ],
  [
    'Ruth Cole is professor of general and organic chemistry at Stockholm University.',
    ['Ruth Cole WORKS_FOR Stockholm University current'],
  ],
  [
    'He is Professor Emeritus of Mathematics at Princeton University.',
    ['He WORKS_FOR Princeton University current'],
  ],
  [
    'Pellan Group set up a consumer unit, Brio Foods, in 2019.',
    ['Brio Foods SUBSIDIARY_OF Pellan Group current'],
  ],
  // The month is no hedge; the modal is.
  ['In May, Acme Corp. acquired Globex Inc.', ['Acme Corp. ACQUIRED Globex Inc. current']],
  ['Acme Corp. may acquire Globex Inc.', ['Acme Corp. ACQUIRED Globex Inc. proposed']],
];

/** [sentence, relation type it must NOT yield]. */
const NEGATIVE: readonly [string, string][] = [
  // A story written about an organization is no employment.
  [
    'Jane Roe covered the merger talks for months before Acme Corp. hired a rival.',
    'Jane Roe WORKS_FOR Acme Corp. current',
  ],
  // A function word starts another phrase: the actor and the senator are not the place's.
  [
    'Fans gathered in Birmingham and actor Tom Selleck signed autographs.',
    'Tom Selleck LIVES_IN Birmingham current',
  ],
  [
    'The crowd in Los Angeles cheered when Sen. Robert Kennedy arrived.',
    'Robert Kennedy LIVES_IN Los Angeles current',
  ],
  // "from" after a verb phrase: a request, not a home.
  [
    'Cuomo signed a request from North Carolina officials on Tuesday.',
    'Cuomo LIVES_IN North Carolina current',
  ],
  // An appositive's own relative clause is about the name inside it.
  ['Ana Silva thanked Paulo Reis, her coach, who was born in Porto.', 'Ana Silva LIVES_IN Porto current'],
  // A longer list of places is no chain.
  ['Sabah and Sarawak, Brunei, and Labuan signed the pact.', 'Sabah LOCATED_IN Brunei current'],
  // The place before a reporter's title is often the paper's ("Phoenix newspaper reporter").
  ['He was convicted of murdering Phoenix newspaper reporter Don Bolles in 1976.', 'LIVES_IN'],
  // "an activist in Algeria's Ettahadi party": the place is the party's, not the person's.
  ["Mohamed Touali, an activist in Algeria's Ettahadi party, was killed.", 'LIVES_IN'],
  // A fronted place does not hold a city of another country, nor a country.
  ['In Washington, officials said talks in Moscow would resume.', 'LOCATED_IN'],
  ['In Japan, officials said exports to China rose.', 'LOCATED_IN'],
  // A unit after an ordinal is no person from the place, whatever the name finder thought.
  ['A squadron from the Jarama 1st Cavalry Brigade from Salamanca joined them.', 'LIVES_IN'],
  // A quoted epithet is no name of a person from the place.
  ['Prateep Ungsongtham is known as the “Slum Angel of Bangkok.”', 'LIVES_IN'],
  ['Apple pie is based on tradition, the baker said.', 'BASED_IN'],
  // A person's own title appositive says what he is; companies after it are what he speaks of.
  [
    'Fred Farrar, another agency spokesman, said airlines flying the jet include Continental Airlines Inc.',
    'WORKS_FOR Continental',
  ],
  // "with X in Thailand" is where the venture would be, not X's home (rules and classifier).
  [
    'Harlow Chemicals is considering a joint venture with Sumiden Resins in Thailand, the Nikkei reported.',
    'BASED_IN',
  ],
  ['Corvel Holdings Inc sued Tamsin Foods Ltd on Monday, said Ana Ruiz, a spokeswoman.', 'WORKS_FOR'],
  ['Ministry spokesman Leonardo Brito, speaking from Brasilia, told Reuters he believed it.', 'LIVES_IN'],
  // Not every "where he" is a post: meeting someone, or studying there.
  ['Tom Reyes moved to Norvale University, where he met his wife.', 'WORKS_FOR'],
  ['Tom Reyes went to Norvale University, where he was a student.', 'WORKS_FOR'],
  // A parent's home is not its subsidiary's.
  [
    'Verano Bank is a subsidiary of Pellan Corp., which is based in Boston, Massachusetts.',
    'BASED_IN Verano',
  ],
  // "a 100% affiliate" is a stake, not a subsidiary.
  ['Beta Foods is a 100% affiliate of Pellan Holdings.', 'SUBSIDIARY_OF'],
  // The name before "and is headquartered in" is not the clause's subject.
  [
    'Verizon Wireless is wholly owned by Verizon Communications Inc. and is headquartered in Basking Ridge.',
    'BASED_IN Verizon Communications',
  ],
  // A dateline's agency is credited, not based in the dateline city.
  ['TOKYO, May 2 (Reuters) - Kanto Rail Systems Corp. said profit rose.', 'BASED_IN'],
  ['The talks between Ford Motor Co. and Rivian Automotive collapsed in November.', 'PARTNERED_WITH'],
  ['Qualcomm Inc. denied it was in talks to buy Intel Corp.', 'ACQUIRED'],
  ['Unilever Plc rejected a takeover bid from Kraft Heinz Co.', 'ACQUIRED'],
  ['Visa Inc. partnered with Axis Bank to offer cards in India.', 'OPERATES_IN'],
  ['Boeing Co. competes with Airbus SE for narrow-body orders.', 'PARTNERED_WITH'],
  ['Walmart Inc. and Target Corp. are rivals in discount retail.', 'PARTNERED_WITH'],
  ['Rivian Automotive built a test track near Detroit.', 'OPERATES_IN'],
  ['Hyundai Motor Co. denied a report that it would merge with Kia Corp.', 'MERGED_WITH'],
  ['Broadcom Inc. walked away from its bid for Qualcomm Inc.', 'ACQUIRED'],
  // A list of places is no address chain; patients and customers are not staff.
  ['Sales rose in Mexico, Guadalajara, Monterrey, Tijuana and Puebla.', 'LOCATED_IN'],
  ['David Peterson, 37, a mental patient at Connecticut Valley Hospital, was charged.', 'WORKS_FOR'],
  ['John Smith, a customer of Acme Corp., complained.', 'WORKS_FOR'],
  ['Acme Corp. customer John Smith complained.', 'WORKS_FOR'],
  ['Senate minority leader Bob Dole announced his bid.', 'WORKS_FOR'],
  ['BANGKOK, Thailand (AP) - Thai Airways said profit rose.', 'BASED_IN'],
  ['Regulators blocked the merger of Staples Inc. and Office Depot Inc.', 'MERGED_WITH'],
  ['Nvidia Corp. abandoned its plan to acquire Arm Ltd. in February.', 'ACQUIRED'],
  ['Sanofi SA said it has no plans to build a plant in Canada.', 'OPERATES_IN'],
  ['Ford Motor Co. does not own a stake in Rivian Automotive.', 'INVESTED_IN'],
  ['Amazon.com Inc. is not a subsidiary of Microsoft Corp.', 'SUBSIDIARY_OF'],
  ['Shell Plc scrapped its merger talks with BP Plc.', 'MERGED_WITH'],
  ['The European Commission blocked Siemens AG from acquiring Alstom SA in 2019.', 'ACQUIRED'],
  ['Samsung Electronics ruled out a joint venture with Intel Corp.', 'JOINT_VENTURE_WITH'],
  ['Tesla Inc. refused to sign a supply agreement with Panasonic Holdings.', 'AGREEMENT_WITH'],
  ['Oracle Corp. is the largest customer of Nvidia Corp. chips.', 'SUBSIDIARY_OF'],
  ['Honda Motor Co. and Nissan Motor Co. ended talks on a merger.', 'MERGED_WITH'],
  ['Figma Inc. was acquired by Adobe Inc. last year.', 'ACQUIRED Adobe'],
  ['Berkshire Hathaway Inc. took a 9% stake in Occidental Petroleum Corp.', 'ACQUIRED'],
  // Deal and ownership false positives (issue 3).
  ['Novartis AG agreed to buy Alcon Inc. stake for $39 billion.', 'ACQUIRED'],
  ['Novartis To Buy Alcon Stake', 'ACQUIRED'],
  ['While in Paris, Ana Ruiz worked on the novel.', 'WORKS_FOR'],
  ['John Smith was with Pellan Corp. executives in Tokyo.', 'WORKS_FOR'],
  ['Acme Corp. acquired Beta Inc. and Gamma Capital led the round.', 'ACQUIRED Gamma'],
  ['Pellan Corp. acquired a 20% interest in Beta Inc.', 'ACQUIRED'],
  ['Consulting Agreement between Pellan Corp. and John Smith, dated May 1, 2012.', 'WORKS_FOR'],
  ['Pellan Corp. sold all of the outstanding shares of Beta Inc. to Gamma Ltd.', 'SUBSIDIARY_OF'],
  ['He was the campaign manager of John Smith in 2004.', 'WORKS_FOR'],
  [
    'The station is owned by the Acme Stations unit of Acme Corporation, and is part of a duopoly with Beta affiliate WXYZ-TV.',
    'SUBSIDIARY_OF WXYZ-TV',
  ],
  ["Nvidia Corp.'s acquisition of Arm Ltd. cancelled due to regulatory challenges", 'ACQUIRED'],
  ['Acme Corp. sold its unit Beta Ltd. to Gamma Inc. in May.', 'SUBSIDIARY_OF'],
  [
    'The agreement among Hallam Group, certain of its subsidiaries, Ableco LLC and the lenders.',
    'SUBSIDIARY_OF',
  ],
  [
    'Helix was a wholly owned subsidiary of Hallmark Cards Inc. and an intermediate parent of Pellan Corp.',
    'SUBSIDIARY_OF Pellan',
  ],
  ['Acme Corp. acquired Globex Inc. assets in Ohio.', 'ACQUIRED'],
  ['Acme Corp. sued Globex Inc., acquired by Initech Ltd. last year, for fraud.', 'ACQUIRED Acme'],
  [
    'Gogoro Inc. and Swiggy Ltd. will work together, Gogoro Inc. CEO Horace Luke said.',
    'CEO_OF Horace Luke Swiggy',
  ],
  [
    "Greyfield Partners LLC has offered to buy Moreau Hospitality SA for $3.2 billion, but Moreau's board rejected the proposal as too low.",
    'ACQUIRED',
  ],
  ['Helio Dynamics Inc. and Quartzline Solar Inc. both buy cells from Taizhou Photon Co.', 'ACQUIRED'],
  ["Oriel Foods Inc.'s Canadian arm has agreed to acquire Maplehurst Bakeries Ltd.", 'ACQUIRED Maplehurst'],
  ['Acme Corp. bought a minority stake in Globex Inc. last year.', 'ACQUIRED'],
  [
    'Rowan Textiles Ltd., Ashby Mills Ltd. and Kerrigan Fibres Ltd. signed a memorandum of understanding with Dhaka Garment Council Inc.',
    'SIGNED_MOU_WITH Ashby',
  ],
  ['Acme Corp. spun off its battery unit, Globex Energy Inc., in 2020.', 'SUBSIDIARY_OF'],
  ['Globex Inc. is part of a consortium with Acme Corp. that bid for the licence.', 'SUBSIDIARY_OF'],
  ['Acme Capital Inc. raised its holding in Globex Inc. to 9.8%.', 'ACQUIRED'],
  // Agreement and partnership false positives (issue 3): same-side parties, shares and sites bought,
  // regulatory licences, merger agreements, denied and never-signed deals.
  [
    'Hartwell Foods Inc. and Brisa Snacks Ltd. signed a supply deal with Corlan Farms Co.',
    'AGREEMENT_WITH Brisa',
  ],
  ['Ford Motor Co. and Volkswagen AG have joined forces with Argo AI LLC.', 'PARTNERED_WITH Volkswagen'],
  ['Acme Corp. bought 2 million shares from Globex Inc.', 'AGREEMENT_WITH'],
  ['Acme Corp. bought 40 stores from Globex Inc.', 'AGREEMENT_WITH'],
  ['Monzo Bank Ltd. secured a banking licence from the Bank of England.', 'AGREEMENT_WITH'],
  ['Monzo Bank Ltd. secured a banking licence from the Bank of England.', 'INVESTED_IN'],
  ['Acme Corp. signed a merger agreement with Globex Inc.', 'AGREEMENT_WITH'],
  ['Acme Corp. terminated its merger agreement with Globex Inc.', 'MERGED_WITH'],
  ['Acme Corp. denied it had signed a supply agreement with Globex Inc.', 'AGREEMENT_WITH'],
  ['Acme Corp. ended talks with Globex Inc. on a supply agreement.', 'AGREEMENT_WITH'],
  ['Acme Corp. sold its battery unit to Globex Inc. under a deal announced Monday.', 'AGREEMENT_WITH'],
  ['Jane Roe, managing partner of Acme Capital, joined the board.', 'PARTNERED_WITH'],
  ['Acme Corp., along with Globex Inc., was fined by regulators.', 'PARTNERED_WITH'],
  ['Acme Corp. and Globex Inc. signed a $5 billion merger agreement.', 'AGREEMENT_WITH'],
  ['Acme Corp. and Globex Inc. are partners in a joint venture.', 'PARTNERED_WITH'],
  ['Acme Corp. signed a $3 billion deal with Globex Inc. to acquire its chip unit.', 'AGREEMENT_WITH'],
  ['The $5 billion deal between Acme Corp. and Globex Inc. closed in May.', 'AGREEMENT_WITH'],
  ['Acme Corp. refused to sign an agreement to buy green hydrogen from Globex Energy.', 'AGREEMENT_WITH'],
  ['Acme Corp. is a subsidiary of Globex Inc. and a supplier to Initech Corp.', 'AGREEMENT_WITH Initech'],
  ['Acme Corp. and Globex Inc. compete with Initech Corp. in Europe.', 'PARTNERED_WITH'],
  [
    'Acme Corp. is cooperating with the Securities and Exchange Commission in its investigation.',
    'PARTNERED_WITH',
  ],
  ['Acme Corp. appointed Goldman Sachs Group Inc. as its financial adviser.', 'AGREEMENT_WITH'],
  ['Acme Corp. said a sale of Globex Inc. to Initech LLC was rejected by regulators.', 'ACQUIRED'],
  ['Under the memorandum, Acme Corp. reported higher profits.', 'SIGNED_MOU_WITH'],
  ['Acme Corp. is negotiating a merger agreement with Globex Inc.', 'AGREEMENT_WITH'],
  ["Jane Roe, who heads Acme Bank's rival Globex Bank, spoke.", 'EXECUTIVE_OF Acme'],
  ['Acme Corp. raised $5 million, with Globex Inc. also participating as adviser.', 'INVESTED_IN'],
  ['Acme Corp. is based near Lyon but has no operations in France.', 'OPERATES_IN'],
  ['The drink goes on sale in Virginia, Maryland, Florida, and the District of Columbia.', 'LOCATED_IN'],
  ['Li Wen, a China Daily reporter, said the talks had ended.', 'LIVES_IN'],
  ['Vale Gas Partners LP, 60 pct owned by Vale Energy Corp, said a jury ruled for it.', 'INVESTED_IN'],
  ['The concentration of our hotels in California, New York and Illinois exposes us to risk.', 'LOCATED_IN'],
  ['Rain fell across parts of Minnesota, Iowa, eastern Kansas, Missouri and eastern Oklahoma.', 'LOCATED_IN'],
  ['Ana Ruiz, a Boston Scientific engineer, said the device works.', 'LIVES_IN'],
  [
    'Li Wen will meet trade envoy Clayton Yeutter, World Bank President Barber Conable and others.',
    'PRESIDENT_OF Yeutter',
  ],
  // Another person or company between the founder and "and founded" breaks the chain.
  // The parent named inside the description is the other company's.
  ['Kestrel Air is a rival of Fulmar Tours and a former unit of Harlow Holdings.', 'SUBSIDIARY_OF Fulmar'],
  // "X of <place>" is a home, not an employer.
  ['Ken Ito of Boston and Ada Moss of Denver have been chosen.', 'WORKS_FOR'],
  // A listing is no founding.
  ['Fulmar Trading started trading on the Nasdaq in 2010.', 'FOUNDED_ON'],
  // A bare "X located in" may name a branch.
  ['Since 2006 I have been a franchisee of Harbor Car Care located in Naples.', 'BASED_IN'],
  ['Ken Ito met Ada Moss in Oslo and founded Fulmar Trading.', 'FOUNDER_OF'],
  ['Ken Ito sold Harbor Foods and founded Fulmar Trading.', 'FOUNDER_OF'],
  // The farther founding clause is another company's.
  [
    'Harbor Group was created in March 1999 as a merger between Fulmar Planning founded in 1978 and Médiapolis.',
    'FOUNDED_ON 1978',
  ],
  // Founding one company and then joining another.
  ['Jane Roe founded and sold Beta Corp before joining Acme Corp as CEO.', 'FOUNDER_OF Acme'],
  // The other party of a founding is not the founded company.
  ['Acme Corp announced the creation of a joint venture with Beta Inc in 2010.', 'FOUNDED_ON'],
  // A chief executive who speaks is not the person before.
  ['Jane Roe is a director of Acme Corp, the CEO of Beta Inc said on Monday.', 'CEO_OF Beta'],
  // Starting at a school is enrolling, not founding.
  ['Ken Ito worked as a clerk before starting Harvard University in 1990.', 'FOUNDER_OF'],
];

// Why: a fact found at two mentions of one entity (a name and its alias or pronoun) is one edge of the
// graph; the table asserts the facts, not how many mentions carry them.
const facts = (list: readonly string[]): string[] => [...new Set(list)].sort();

describe('relation table: positives', () => {
  it.each(POSITIVE)('%s', (sentence, expected) => {
    expect(facts(relationsOf(sentence))).toEqual(facts(expected));
  });
});

describe('relation table: false positives', () => {
  it.each(NEGATIVE)('%s yields no %s', (sentence, forbidden) => {
    const [type, object] = forbidden.split(' ');
    const bad = relationsOf(sentence).filter((r) => {
      const parts = r.split(' ');
      if (!parts.includes(type!)) return false;
      // "TYPE Object": only the relation with that object (the reversed direction) is forbidden.
      return object === undefined || r.includes(`${type} ${object}`);
    });
    expect(bad).toEqual([]);
  });
});

describe('relation table: coverage', () => {
  const all = POSITIVE.flatMap(([, rels]) => rels);
  it('has at least 60 sentences and 20 false positives', () => {
    expect(POSITIVE.length + NEGATIVE.length).toBeGreaterThanOrEqual(80);
    expect(POSITIVE.length).toBeGreaterThanOrEqual(60);
    expect(NEGATIVE.length).toBeGreaterThanOrEqual(20);
  });
  it.each(RELATION_TYPES.filter((t) => t !== 'FOUNDED_ON'))('covers %s', (type) => {
    expect(all.some((r) => r.split(' ').includes(type))).toBe(true);
  });
  it.each(RELATION_STATUSES)('covers status %s', (status) => {
    expect(all.some((r) => r.endsWith(` ${status}`))).toBe(true);
  });
});
