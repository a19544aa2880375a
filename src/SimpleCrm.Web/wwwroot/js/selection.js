// The contact list's checkboxes: the page box ticks every row box (htmx posts the page's ids once).
(() => {
    "use strict";
    const pageBox = document.querySelector("[data-select-page]");
    if (!pageBox) {
        return;
    }

    const rowBoxes = () => document.querySelectorAll("[data-select-row]");
    pageBox.addEventListener("change", () => rowBoxes().forEach(box => { box.checked = pageBox.checked; }));
    rowBoxes().forEach(box => box.addEventListener("change", () => {
        pageBox.checked = [...rowBoxes()].every(b => b.checked);
    }));
})();
