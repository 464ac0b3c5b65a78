/// The pages' one script: enhancement only (everything is readable without it). It takes hidden kinds' marks
/// out of the tab order, lets Escape dismiss explanations and makes the index table sortable.
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
    document.querySelectorAll("table.sortable").forEach(function(table){
      var heads=table.tHead.rows[0].cells;
      Array.prototype.forEach.call(heads,function(th,col){
        var button=document.createElement("button");
        button.type="button";
        button.textContent=th.textContent;
        th.textContent="";
        th.appendChild(button);
        button.addEventListener("click",function(){
          var ascending=th.getAttribute("aria-sort")!=="ascending";
          Array.prototype.forEach.call(heads,function(h){h.removeAttribute("aria-sort");});
          th.setAttribute("aria-sort",ascending?"ascending":"descending");
          var rows=Array.prototype.slice.call(table.tBodies[0].rows);
          rows.sort(function(a,b){
            var x=a.cells[col].getAttribute("data-sort")||a.cells[col].textContent;
            var y=b.cells[col].getAttribute("data-sort")||b.cells[col].textContent;
            var nx=parseFloat(x),ny=parseFloat(y);
            var c=(!isNaN(nx)&&!isNaN(ny))?nx-ny:x.localeCompare(y);
            return ascending?c:-c;
          });
          rows.forEach(function(r){table.tBodies[0].appendChild(r);});
        });
      });
    });
    })();

    """
}
