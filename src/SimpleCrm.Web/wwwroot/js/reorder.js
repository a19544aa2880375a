// Drag-and-drop ordering of the rows of a table body marked data-reorder-url (Admin > Lead statuses,
// Lead sources). After each drop the full order of ids is posted at once, with the antiforgery token
// in the header; when the server refuses it (someone added or deleted a row meanwhile) the page reloads
// to show the order that holds and why. The Up/Down buttons in each row do the same without JavaScript.
(() => {
    "use strict";
    const body = document.querySelector("tbody[data-reorder-url]");
    if (!body || typeof Sortable === "undefined") {
        return;
    }

    const status = document.querySelector("[data-reorder-status]");
    const token = document.querySelector("meta[name='csrf-token']")?.content ?? "";

    // The arrows follow the rows: the first cannot go up, the last cannot go down.
    const refreshArrows = () => {
        const rows = [...body.querySelectorAll("tr[data-id]")];
        rows.forEach((row, index) => {
            const [up, down] = row.querySelectorAll("form[action$='/Up'] button, form[action$='/Down'] button");
            if (up) { up.disabled = index === 0; }
            if (down) { down.disabled = index === rows.length - 1; }
        });
    };

    const save = async () => {
        const form = new FormData();
        body.querySelectorAll("tr[data-id]").forEach(row => form.append("ids", row.dataset.id));
        try {
            const response = await fetch(body.dataset.reorderUrl, {
                method: "POST",
                body: form,
                headers: { "X-CSRF-TOKEN": token },
                credentials: "same-origin",
            });
            if (!response.ok) {
                window.location.reload();
                return;
            }
            refreshArrows();
            if (status) {
                status.textContent = status.dataset.savedText;
            }
        } catch {
            window.location.reload();
        }
    };

    Sortable.create(body, {
        handle: "[data-reorder-handle]",
        draggable: "tr[data-id]",
        animation: 150,
        ghostClass: "reorder-ghost",
        onEnd: event => {
            if (event.oldIndex !== event.newIndex) {
                save();
            }
        },
    });
})();
