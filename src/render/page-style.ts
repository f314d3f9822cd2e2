// The explorer page's stylesheet (inlined into the HTML).
export const PAGE_CSS = `
*{box-sizing:border-box}
html,body{margin:0;height:100%;font:14px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1d2330;background:#fff}
header{display:flex;gap:16px;align-items:center;padding:8px 14px;border-bottom:1px solid #e3e5e8;height:52px}
header h1{font-size:16px;margin:0;white-space:nowrap;overflow:hidden;text-overflow:ellipsis;max-width:30%}
.search{position:relative;flex:0 1 360px}
#search{width:100%;padding:6px 10px;border:1px solid #c5c9d0;border-radius:6px;font:inherit}
#suggestions{position:absolute;z-index:10;left:0;right:0;top:100%;margin:2px 0 0;padding:0;list-style:none;background:#fff;box-shadow:0 4px 14px rgba(0,0,0,.15);border-radius:6px;max-height:60vh;overflow:auto}
#suggestions:empty{display:none}
.suggestion{display:block;width:100%;text-align:left;border:0;background:none;padding:6px 10px;font:inherit;cursor:pointer}
.suggestion:hover,.suggestion:focus{background:#eef3fb}
.hint{color:#6b7280;font-size:12px}
#status{color:#4b5563;font-size:12px;margin-left:auto}
main{display:flex;height:calc(100% - 52px)}
#sidebar{width:250px;overflow:auto;border-right:1px solid #e3e5e8;padding:8px 12px;font-size:13px}
#sidebar h2{font-size:13px;text-transform:uppercase;letter-spacing:.04em;color:#4b5563;margin:12px 0 6px}
fieldset{border:0;padding:0;margin:0 0 8px}
legend{font-weight:600;margin-bottom:2px}
fieldset label,.toggle,.range{display:flex;align-items:center;gap:6px;padding:1px 0}
.range{flex-wrap:wrap}.range input{width:100%}
.swatch,.dot{display:inline-block;width:10px;height:10px;border-radius:50%}
.line{display:inline-block;width:18px;height:3px;border-radius:2px;margin-right:6px;vertical-align:middle}
.line.dashed{height:0;border-top:3px dashed;border-radius:0;background:none}
#legend ul{list-style:none;margin:0;padding:0}#legend li{display:flex;align-items:center;gap:6px}
#graph{flex:1;position:relative;min-width:0}
#panel{width:380px;overflow:auto;border-left:1px solid #e3e5e8;padding:10px 14px}
#panel h2{margin:4px 0;font-size:18px;word-break:break-word}
#panel h3{font-size:12px;text-transform:uppercase;letter-spacing:.04em;color:#4b5563;margin:14px 0 4px}
#panel ul{list-style:none;padding:0;margin:0}
.rel{padding:6px 0;border-bottom:1px solid #f0f1f3;word-break:break-word}
.badge{color:#fff;border-radius:4px;padding:1px 6px;font-size:12px}
.evidence{margin:4px 0 0;padding-left:18px}
.sentence{margin:2px 0;padding:2px 8px;border-left:3px solid #c5c9d0;color:#374151;font-style:italic}
.source{font-size:12px;color:#6b7280}
button.link{border:0;background:none;padding:0;color:#0b5cad;cursor:pointer;font:inherit;text-decoration:underline}
button.small{font-size:12px}
.status-former{opacity:.7}
#sidebar{display:flex;flex-direction:column}
#cypher-box{order:-1;border-bottom:1px solid #e3e5e8;padding-bottom:10px}
body.serve #sidebar{width:340px}
#cypher-box textarea,#cypher-box select{width:100%;font:12px ui-monospace,monospace;margin:4px 0}
#cypher-box table{border-collapse:collapse;font-size:12px;width:100%}
#cypher-box td,#cypher-box th{border:1px solid #e3e5e8;padding:2px 4px;text-align:left;word-break:break-word}
`;
