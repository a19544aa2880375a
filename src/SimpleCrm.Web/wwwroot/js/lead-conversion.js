// The conversion page (/Leads/{id}/Convert): while "a company" is picked, the person's fields are
// hidden, as no person will be created. The company's name stays for a person alone: it is where
// they work. Without JavaScript every field shows and the hint under the choice says where each goes.
(() => {
    "use strict";
    const form = document.querySelector("[data-conversion-form]");
    if (!form) {
        return;
    }

    const radios = [...form.querySelectorAll("[data-conversion-target]")];
    const person = form.querySelector("[data-conversion-part='person']");
    const show = () => {
        const target = radios.find(radio => radio.checked)?.value;
        person?.classList.toggle("d-none", target === "Company");
    };

    radios.forEach(radio => radio.addEventListener("change", show));
    show();
})();
