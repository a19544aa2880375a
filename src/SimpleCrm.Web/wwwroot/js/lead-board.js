// The leads kanban board (/Leads/Kanban), on the shared board wiring of kanban.js. A card dropped in a
// column is saved at once with its concurrency token; when the server refuses (someone changed the
// lead, the status asks for a conversion, the lead is gone) the card goes back where it was and the
// reason is shown, with a link to the conversion page for a Converted column.
(() => {
    "use strict";
    const board = document.querySelector("[data-lead-board]");
    if (!board || !window.SimpleCrmKanban) {
        return;
    }

    const token = document.querySelector("meta[name='csrf-token']")?.content ?? "";
    const kanban = window.SimpleCrmKanban.create({
        board,
        cardAttribute: "data-lead-id",
        group: "lead-board",
        save: async (card, from, origin) => {
            const form = new FormData();
            form.append("leadId", card.dataset.leadId);
            form.append("statusId", card.parentElement.dataset.boardCards);
            form.append("version", card.dataset.version);
            const next = kanban.nextCard(card);
            if (next) {
                form.append("beforeId", next.dataset.leadId);
            }
            try {
                const response = await fetch(board.dataset.moveUrl, {
                    method: "POST",
                    body: form,
                    headers: { "X-CSRF-TOKEN": token },
                    credentials: "same-origin",
                });
                if (response.ok) {
                    card.dataset.version = response.headers.get("X-Lead-Version") ?? card.dataset.version;
                    kanban.tell(board.dataset.movedText, false);
                    await kanban.refreshHeaders();
                    return;
                }
                let message = response.status === 404 ? board.dataset.notFoundText : board.dataset.failedText;
                let link = null;
                if (response.status === 409) {
                    const refusal = await response.json().catch(() => null);
                    message = refusal?.message || message;
                    link = refusal?.convertUrl ? { url: refusal.convertUrl, text: refusal.convertText } : null;
                }
                from.insertBefore(card, origin);
                kanban.tell(message, true, link);
            } catch {
                from.insertBefore(card, origin);
                kanban.tell(board.dataset.failedText, true);
            }
        },
    });
})();
