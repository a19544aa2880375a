// Upload forms (data-file-upload): a file over the size limit is refused here, with the server's
// own message, before the browser sends megabytes the server would refuse anyway.
(() => {
    "use strict";

    document.querySelectorAll("form[data-file-upload]").forEach(form => {
        const input = form.querySelector("input[type=file]");
        const error = form.querySelector("[data-file-error]");
        const max = Number(form.dataset.maxBytes);
        const check = () => {
            const tooLarge = input.files.length > 0 && input.files[0].size > max;
            input.setCustomValidity(tooLarge ? form.dataset.tooLarge : "");
            input.classList.toggle("is-invalid", tooLarge);
            error.textContent = tooLarge ? form.dataset.tooLarge : "";
            return !tooLarge;
        };
        input.addEventListener("change", check);
        form.addEventListener("submit", event => {
            if (!check()) {
                event.preventDefault();
            }
        });
    });
})();
