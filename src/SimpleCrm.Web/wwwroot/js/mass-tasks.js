// The mass task form: choosing a user in the list means "this user", so its radio button follows.
(() => {
    "use strict";

    const user = document.querySelector("[data-mass-task-user]");
    const chosen = document.querySelector("[data-mass-task-chosen]");
    user?.addEventListener("change", () => {
        if (chosen && user.value !== "") {
            chosen.checked = true;
        }
    });
})();
