/// The pages' one script: enhancement only (everything is readable without it). It takes hidden kinds' marks
/// out of the tab order, lets Escape dismiss explanations, and on the index filters, searches, sorts and pages
/// every article from the page's JSON data (built with `textContent`, never as HTML).
/// A constant (no article text), inlined in a `<script>` element whose hash is in the page's CSP.
enum Script {
    static let js = """
    (function(){
    "use strict";
    var body=document.body;
    function syncKind(box){
      var kind=box.getAttribute("data-kind");
      document.querySelectorAll("mark.k-"+kind).forEach(function(m){m.tabIndex=box.checked?0:-1;});
    }
    document.querySelectorAll("input[data-kind]").forEach(function(box){
      box.addEventListener("change",function(){syncKind(box);});
      syncKind(box);
    });
    document.addEventListener("keydown",function(e){if(e.key==="Escape"){body.classList.add("tips-off");}});
    document.addEventListener("focusin",function(){body.classList.remove("tips-off");});
    document.addEventListener("mousemove",function(){body.classList.remove("tips-off");});
    var data=document.getElementById("index-data");
    if(!data){return;}
    var rows=JSON.parse(data.textContent);
    var table=document.getElementById("articles-table"),tbody=table.tBodies[0];
    var fVerdict=document.getElementById("f-verdict"),fCategory=document.getElementById("f-category"),fText=document.getElementById("f-text");
    var status=document.getElementById("index-status"),pager=document.getElementById("pager");
    var prev=document.getElementById("p-prev"),next=document.getElementById("p-next"),label=document.getElementById("p-label");
    var names=["Ready","Needs work","Blocked"],ids=["ready","needs-work","blocked"],size=100;
    var state={key:1,ascending:false,page:0};
    document.getElementById("filters").hidden=false;
    var staticPager=document.getElementById("static-pager");
    if(staticPager){staticPager.hidden=true;}
    pager.hidden=false;
    rows.forEach(function(r,i){r.push(i);r.push((r[1]+" "+r[2]).toLowerCase());});
    function value(r,key){
      if(key===0){return r[1].toLowerCase();}
      if(key===1){return r[3];}
      if(key===2){return r[5]===null?-1:r[5];}
      if(key===3){return r[6];}
      return r[7];
    }
    function compare(a,b){
      var x=value(a,state.key),y=value(b,state.key),c=0;
      if(typeof x==="number"){c=x-y;}else{c=x<y?-1:(x>y?1:0);}
      if(!state.ascending){c=-c;}
      return c!==0?c:a[11]-b[11];
    }
    function matches(r){
      if(fVerdict.value!==""&&String(r[3])!==fVerdict.value){return false;}
      if(fCategory.value==="-"&&r[6]!==""){return false;}
      if(fCategory.value!==""&&fCategory.value!=="-"&&r[6].split("|").indexOf(fCategory.value)<0){return false;}
      var q=fText.value.trim().toLowerCase();
      return q===""||r[12].indexOf(q)>=0;
    }
    function cell(tag,cls,label){
      var c=document.createElement(tag);
      if(cls){c.className=cls;}
      if(label){c.setAttribute("data-label",label);}
      return c;
    }
    function span(cls,text){var s=document.createElement("span");s.className=cls;s.textContent=text;return s;}
    function row(r){
      var tr=document.createElement("tr");
      var th=cell("th","headline-cell");th.scope="row";
      var a=document.createElement("a");a.href=r[0];a.textContent=r[1];
      th.appendChild(a);th.appendChild(span("path",r[2]));tr.appendChild(th);
      var v=cell("td","","Verdict");v.appendChild(span("verdict v-"+ids[r[3]],names[r[3]]));v.appendChild(span("reason",r[4]));tr.appendChild(v);
      var g=cell("td","num","Grade");g.textContent=r[5]===null?"–":r[5].toFixed(1);tr.appendChild(g);
      var c=cell("td","","Content warnings");c.textContent=r[6]===""?"none":r[6].split("|").join(", ");tr.appendChild(c);
      var f=cell("td","num","Findings");f.textContent=String(r[7]);tr.appendChild(f);
      return tr;
    }
    function render(){
      var list=rows.filter(matches);
      list.sort(compare);
      var pages=Math.max(1,Math.ceil(list.length/size));
      if(state.page>=pages){state.page=pages-1;}
      var start=state.page*size,slice=list.slice(start,start+size);
      var fragment=document.createDocumentFragment();
      slice.forEach(function(r){fragment.appendChild(row(r));});
      tbody.textContent="";
      tbody.appendChild(fragment);
      status.textContent=list.length===0?"No article matches.":"Articles "+(start+1)+"–"+(start+slice.length)+" of "+list.length+(list.length<rows.length?" matching (of "+rows.length+")":"")+".";
      label.textContent="Page "+(state.page+1)+" of "+pages;
      prev.disabled=state.page===0;
      next.disabled=state.page>=pages-1;
    }
    var heads=table.tHead.rows[0].cells;
    Array.prototype.forEach.call(heads,function(th){
      var key=Number(th.getAttribute("data-key"));
      var button=document.createElement("button");
      button.type="button";
      button.textContent=th.textContent;
      th.textContent="";
      th.appendChild(button);
      if(key===state.key){th.setAttribute("aria-sort","descending");}
      button.addEventListener("click",function(){
        state.ascending=state.key===key?!state.ascending:key===0||key===3;
        state.key=key;
        state.page=0;
        Array.prototype.forEach.call(heads,function(h){h.removeAttribute("aria-sort");});
        th.setAttribute("aria-sort",state.ascending?"ascending":"descending");
        render();
      });
    });
    [fVerdict,fCategory].forEach(function(f){f.addEventListener("change",function(){state.page=0;render();});});
    fText.addEventListener("input",function(){state.page=0;render();});
    document.getElementById("filters").addEventListener("submit",function(e){e.preventDefault();});
    prev.addEventListener("click",function(){state.page-=1;render();});
    next.addEventListener("click",function(){state.page+=1;render();});
    render();
    })();

    """
}
