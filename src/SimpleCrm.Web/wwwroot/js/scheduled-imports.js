// The scheduled import form: preset buttons fill the cron field; fields of the other entity (lead status
// and source, contact list) are hidden, as are the other entity's saved mappings.
(() => {
    "use strict";

    const form = document.querySelector("[data-scheduled-import-form]");
    if (!form) {
        return;
    }

    const cron = form.querySelector("#Cron");
    form.querySelectorAll("[data-cron-preset]").forEach(button =>
        button.addEventListener("click", () => {
            cron.value = button.dataset.cronPreset;
            cron.focus();
        }));

    const entity = form.querySelector("[data-entity-select]");
    const mapping = form.querySelector("#SavedMappingId");
    const showEntity = () => {
        form.querySelectorAll("[data-entity-only]").forEach(field => {
            field.hidden = field.dataset.entityOnly !== entity.value;
        });
        mapping.querySelectorAll("optgroup[data-entity]").forEach(group => {
            const other = group.dataset.entity !== entity.value;
            group.hidden = other;
            group.disabled = other;
        });
        if (mapping.selectedOptions[0]?.parentElement?.disabled) {
            mapping.value = "";
        }
    };
    entity.addEventListener("change", showEntity);
    showEntity();
})();
