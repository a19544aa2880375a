// The bulk form: only the argument of the chosen action shows, and deleting asks first.
(() => {
    "use strict";
    const form = document.querySelector("[data-bulk-form]");
    if (!form) {
        return;
    }

    const action = form.querySelector("[data-bulk-action]");
    const apply = () => form.querySelectorAll("[data-bulk-argument]").forEach(field => {
        field.hidden = !field.dataset.bulkArgument.split(" ").includes(action.value);
    });
    action.addEventListener("change", apply);
    apply();

    form.addEventListener("submit", event => {
        if (action.value === "Delete" && !window.confirm(form.dataset.deleteConfirm)) {
            event.preventDefault();
        }
    });
})();
