// A pipeline's kanban board (/Pipelines/{id}), on the shared board wiring of kanban.js. A card dropped
// in a column is saved at once with its concurrency token; when the server refuses (someone changed
// the deal, the deal is gone) the card goes back where it was and the reason is shown. A card dropped
// in a Lost column first asks for the lost reason in a dialog; without one the card goes back.
(() => {
    "use strict";
    const board = document.querySelector("[data-deal-board]");
    if (!board || !window.SimpleCrmKanban) {
        return;
    }

    const token = document.querySelector("meta[name='csrf-token']")?.content ?? "";
    const dialog = document.querySelector("[data-lost-dialog]");
    const reasonSelect = dialog?.querySelector("[data-lost-reason]");

    // The lost reason for a card dropped in a Lost column: its id, or null when the user cancels.
    const askLostReason = () => new Promise(resolve => {
        if (!dialog || typeof dialog.showModal !== "function") {
            resolve(null);
            return;
        }
        reasonSelect.value = "";
        dialog.addEventListener("close", () => {
            resolve(dialog.returnValue === "confirm" && reasonSelect.value ? reasonSelect.value : null);
        }, { once: true });
        dialog.showModal();
        reasonSelect.focus();
    });

    const kanban = window.SimpleCrmKanban.create({
        board,
        cardAttribute: "data-deal-id",
        group: "deal-board",
        save: async (card, from, origin) => {
            const to = card.parentElement;
            const form = new FormData();
            form.append("dealId", card.dataset.dealId);
            form.append("stageId", to.dataset.boardCards);
            form.append("version", card.dataset.version);
            const next = kanban.nextCard(card);
            if (next) {
                form.append("beforeId", next.dataset.dealId);
            }
            try {
                if (to !== from && to.dataset.stageKind === "Lost") {
                    const reason = await askLostReason();
                    if (!reason) {
                        from.insertBefore(card, origin);
                        kanban.tell(board.dataset.noReasonText, true);
                        return;
                    }
                    form.append("lostReasonId", reason);
                }
                const response = await fetch(board.dataset.moveUrl, {
                    method: "POST",
                    body: form,
                    headers: { "X-CSRF-TOKEN": token },
                    credentials: "same-origin",
                });
                if (response.ok) {
                    card.dataset.version = response.headers.get("X-Deal-Version") ?? card.dataset.version;
                    kanban.tell(board.dataset.movedText, false);
                    await kanban.refreshHeaders();
                    return;
                }
                let message = response.status === 404 ? board.dataset.notFoundText : board.dataset.failedText;
                if (response.status === 409) {
                    const refusal = await response.json().catch(() => null);
                    message = refusal?.message || message;
                }
                from.insertBefore(card, origin);
                kanban.tell(message, true);
            } catch {
                from.insertBefore(card, origin);
                kanban.tell(board.dataset.failedText, true);
            } finally {
                card.focus();
            }
        },
    });
})();
