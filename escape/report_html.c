// report_html.c: mgoc build -m=html, the escape decisions over the source.
//
// The page is self-contained (no network, no external script): the source
// and the -m=json output are embedded as JSON data blocks, verbatim, so the
// page shows exactly what -m=json says (one source of truth), and a small
// inline script draws it: every line with its decisions as marks (heap,
// stack, leaking parameter), a click on a mark shows the -m=2 flow that
// explains it with each step linked to its line, and a summary per
// function (sites on the heap and on the stack, parameter tags). Given
// `-allocs FILE` (a program's MGODEBUG=allocs=1 report), the page also
// shows the bytes allocated per size class.
//
// The URL fragment #flow=N opens decision N's flow on load, so a headless
// browser's DOM dump shows a flow without a click (tests/tools/html.sh).
#include "escape/escape.h"

#include <stdio.h>
#include <string.h>

// A JSON string that is also safe inside <script>: '<' is escaped, so no
// "</script>" in a Go string literal can end the block.
static void json_text(FILE *f, const char *s, size_t n)
{
	fputc('"', f);
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c == '"' || c == '\\')
			fprintf(f, "\\%c", c);
		else if (c == '\n')
			fputs("\\n", f);
		else if (c == '\t')
			fputs("\\t", f);
		else if (c < 0x20 || c == '<' || c == '>' || c == '&')
			fprintf(f, "\\u%04x", c);
		else
			fputc(c, f);
	}
	fputc('"', f);
}

// The -m=json text with '<' escaped (it only occurs inside its strings).
static void json_safe(FILE *f, const char *json)
{
	for (const char *p = json; *p; p++) {
		if (*p == '<')
			fputs("\\u003c", f);
		else
			fputc(*p, f);
	}
}

static const char page_style[] =
	"body{font-family:sans-serif;margin:0;display:flex;height:100vh}\n"
	"#left{flex:3;overflow:auto;padding:0 1em}#right{flex:2;overflow:auto;padding:0 1em;"
	"border-left:1px solid #ccc;background:#fafafa}\n"
	"table.src{border-collapse:collapse;font-family:monospace;font-size:13px}\n"
	"table.src td{padding:0 .5em;vertical-align:top;white-space:pre}\n"
	"td.ln{color:#999;text-align:right;user-select:none}\n"
	"tr.hl{background:#fff3b0}\n"
	".mark{display:inline-block;margin-left:.6em;padding:0 .4em;border-radius:3px;"
	"font-family:sans-serif;font-size:11px;cursor:pointer}\n"
	".mark.heap{background:#f4a6a6}.mark.stack{background:#b7e4b0}"
	".mark.leak{background:#f9d38c}.mark.info{background:#ddd}\n"
	"table.sum{border-collapse:collapse;font-size:13px}table.sum td,table.sum th{"
	"border:1px solid #ccc;padding:2px 6px;text-align:right}table.sum td:first-child{"
	"text-align:left;font-family:monospace}table.sum td.tags{text-align:left}\n"
	"#flow ol{font-family:monospace;font-size:12px;padding-left:1.5em}\n";

// Draws the page from the two data blocks; kept in plain ES5 so any
// browser runs it.
static const char page_script[] =
	"(function(){\n"
	"var D=JSON.parse(document.getElementById('mgo-decisions').textContent);\n"
	"var SRC=JSON.parse(document.getElementById('mgo-source').textContent);\n"
	"var AL=JSON.parse(document.getElementById('mgo-allocs').textContent);\n"
	"var lines=SRC.split('\\n');\n"
	"function cls(k){if(k=='escapes'||k=='moved-to-heap')return 'heap';"
	"if(k=='does-not-escape'||k=='param-noescape')return 'stack';"
	"if(k.indexOf('param-leak')==0)return 'leak';return 'info';}\n"
	"function el(t,c,x){var e=document.createElement(t);if(c)e.className=c;"
	"if(x!=null)e.textContent=x;return e;}\n"
	// Functions: a top-level `func` line opens one, up to the next.
	"var fnAt=[],fns=[],cur=null;\n"
	"for(var i=0;i<lines.length;i++){var m=/^func\\s+(\\(\\s*\\w*\\s*(\\*?)\\s*(\\w+)\\s*\\)\\s*)?(\\w+)/.exec(lines[i]);"
	"if(m){var n=m[1]?(m[2]?'(*'+m[3]+').'+m[4]:m[3]+'.'+m[4]):m[4];"
	"cur={name:n,line:i+1,heap:0,stack:0,tags:[]};fns.push(cur);}fnAt.push(cur);}\n"
	// Under //line directives a decision's place in this source is srcline.
	"var byLine={};D.forEach(function(d,i){d.i=i;if(d.srcline){d.line=d.srcline;d.col=d.srccol;}"
	"(byLine[d.line]=byLine[d.line]||[]).push(d);"
	"var f=fnAt[d.line-1];if(!f)return;var c=cls(d.kind);if(c=='heap')f.heap++;"
	"else if(d.kind=='does-not-escape')f.stack++;"
	"if(d.kind.indexOf('param')==0)f.tags.push(d.message);});\n"
	"var tb=document.getElementById('src');\n"
	"lines.forEach(function(t,i){var tr=el('tr');tr.id='L'+(i+1);"
	"tr.appendChild(el('td','ln',String(i+1)));var td=el('td','code',t);"
	"(byLine[i+1]||[]).forEach(function(d){var s=el('span','mark '+cls(d.kind),d.message);"
	"s.id='d'+d.i;s.title=d.kind+' at '+d.line+':'+d.col;"
	"s.onclick=function(){show(d.i);};td.appendChild(s);});"
	"tr.appendChild(td);tb.appendChild(tr);});\n"
	"function hl(n){var o=document.querySelectorAll('tr.hl');for(var k=0;k<o.length;k++)"
	"o[k].className='';var r=document.getElementById('L'+n);if(r){r.className='hl';"
	"r.scrollIntoView({block:'center'});}}\n"
	// A flow step names its place as FILE:LINE:COL: a link to the line.
	"function show(i){var d=D[i],fl=document.getElementById('flow');fl.innerHTML='';"
	"fl.appendChild(el('h3',null,'line '+d.line+': '+d.message));"
	"if(!d.flow.length){fl.appendChild(el('p',null,'No flow: '+"
	"(cls(d.kind)=='heap'?'see -m=2.':'nothing reaches the heap.')));}\n"
	"var ol=el('ol');d.flow.forEach(function(s){var li=el('li','step');"
	"var m=/^(.* at )(\\S+):(\\d+):(\\d+)$/.exec(s);if(m){li.appendChild(document.createTextNode(m[1]));"
	"var a=el('a',null,m[2]+':'+m[3]+':'+m[4]);a.href='#L'+m[3];"
	"a.onclick=(function(n){return function(e){e.preventDefault();hl(n);};})(m[3]);"
	"li.appendChild(a);}else li.textContent=s;ol.appendChild(li);});fl.appendChild(ol);hl(d.line);}\n"
	"var st=document.getElementById('summary');var t=el('table','sum');"
	"var h=el('tr');['function','heap sites','stack sites','parameters'].forEach(function(x){"
	"h.appendChild(el('th',null,x));});t.appendChild(h);\n"
	"fns.forEach(function(f){var r=el('tr','fn');var a=el('a',null,f.name);a.href='#L'+f.line;"
	"var c=el('td');c.appendChild(a);r.appendChild(c);r.appendChild(el('td','heap',String(f.heap)));"
	"r.appendChild(el('td','stack',String(f.stack)));"
	"r.appendChild(el('td','tags',f.tags.join('; ')));t.appendChild(r);});st.appendChild(t);\n"
	// MGODEBUG=allocs=1's table: class, size, count, bytes.
	"if(AL){var at=el('table','sum');var ah=el('tr');['class','size','count','bytes'].forEach("
	"function(x){ah.appendChild(el('th',null,x));});at.appendChild(ah);"
	"AL.split('\\n').forEach(function(l){var m=/^\\s*(\\d+|large)\\s+(\\S+)\\s+(\\d+)\\s+(\\d+)\\s*$/.exec(l);"
	"if(!m)return;var r=el('tr','alloc');for(var k=1;k<5;k++)r.appendChild(el('td',null,m[k]));"
	"at.appendChild(r);});var ad=document.getElementById('allocs');"
	"ad.appendChild(el('h2',null,'Heap bytes by size class (MGODEBUG=allocs=1)'));ad.appendChild(at);}\n"
	"var q=/flow=(\\d+)/.exec(location.hash);if(q&&D[+q[1]])show(+q[1]);\n"
	"})();\n";

void esc_html_report(FILE *f, const char *file, const char *src, size_t len, const char *json,
		     const char *allocs, size_t allocs_len)
{
	fputs("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">\n<title>mgo escape report: ", f);
	for (const char *p = file; *p; p++) {
		if (*p == '<')
			fputs("&lt;", f);
		else if (*p == '&')
			fputs("&amp;", f);
		else
			fputc(*p, f);
	}
	fprintf(f, "</title>\n<style>\n%s</style></head>\n<body>\n", page_style);
	fputs("<div id=\"left\"><h2>Source</h2><p>Marks: <span class=\"mark heap\">heap</span>"
	      "<span class=\"mark stack\">stack</span><span class=\"mark leak\">leaking parameter</span>"
	      " &mdash; click one for the flow that explains it.</p>\n"
	      "<table class=\"src\" id=\"src\"></table></div>\n"
	      "<div id=\"right\"><h2>Flow</h2><div id=\"flow\"><p>Click a mark.</p></div>\n"
	      "<h2>Functions</h2><div id=\"summary\"></div><div id=\"allocs\"></div></div>\n", f);
	fputs("<script type=\"application/json\" id=\"mgo-decisions\">", f);
	json_safe(f, json ? json : "[]");
	fputs("</script>\n<script type=\"application/json\" id=\"mgo-source\">", f);
	json_text(f, src, len);
	fputs("</script>\n<script type=\"application/json\" id=\"mgo-allocs\">", f);
	if (allocs)
		json_text(f, allocs, allocs_len);
	else
		fputs("null", f);
	fprintf(f, "</script>\n<script>\n%s</script>\n</body></html>\n", page_script);
}
