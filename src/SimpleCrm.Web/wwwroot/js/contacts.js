// The contact form: person/company fields follow the kind switch; "+ Add email/phone" adds an input.
(() => {
    "use strict";
    const form = document.querySelector("[data-contact-form]");
    if (!form) {
        return;
    }

    const applyKind = () => {
        const kind = form.querySelector("[data-kind-switch]:checked")?.value ?? "Person";
        form.querySelectorAll("[data-kind-only]").forEach(element => {
            element.hidden = element.dataset.kindOnly !== kind;
        });
    };
    form.querySelectorAll("[data-kind-switch]").forEach(radio => radio.addEventListener("change", applyKind));
    applyKind();

    form.querySelectorAll("[data-repeat-add]").forEach(button => {
        const list = button.closest("[data-repeat-list]");
        const update = () => {
            button.hidden = list.querySelectorAll("[data-repeat-item]").length >= Number(button.dataset.repeatMax);
        };
        button.addEventListener("click", () => {
            const items = list.querySelectorAll("[data-repeat-item]");
            const last = items[items.length - 1];
            const copy = last.cloneNode(true);
            const input = copy.querySelector("input");
            const index = items.length;
            input.value = "";
            input.name = `${button.dataset.repeatAdd}[${index}]`;
            input.id = input.name.replace(/[.[\]]/g, "_");
            input.classList.remove("input-validation-error");
            copy.querySelectorAll(".field-validation-error").forEach(span => span.textContent = "");
            last.after(copy);
            input.focus();
            update();
        });
        update();
    });
})();
