// The conversion page (/Leads/{id}/Convert): while "a company" is picked, the person's fields are
// hidden, as no person will be created. The company's name stays for a person alone: it is where
// they work. Without JavaScript every field shows and the hint under the choice says where each goes.
// The "Create a deal" fields show while it is ticked.
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

    // "Create a deal": its fields show only while it is ticked (without JavaScript they always show).
    const dealToggle = form.querySelector("[data-conversion-deal]");
    const deal = form.querySelector("[data-conversion-part='deal']");
    if (dealToggle && deal) {
        const showDeal = () => deal.classList.toggle("d-none", !dealToggle.checked);
        dealToggle.addEventListener("change", showDeal);
        showDeal();
    }
})();
