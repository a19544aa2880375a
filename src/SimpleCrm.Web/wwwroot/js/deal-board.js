// A pipeline's kanban board (/Pipelines/{id}). Columns take their colour from data-status-color (the
// CSP forbids style attributes). A card dropped in a column is saved at once with its concurrency
// token; when the server refuses (someone changed the deal, the deal is gone) the card goes back where
// it was and the reason is shown. A card dropped in a Lost column first asks for the lost reason in a
// dialog; without one the card goes back. After a save the column headers are taken from a fresh copy
// of the page, so counts and totals are the server's. Each column loads its next cards when the
// sentinel at its bottom scrolls into view. Without a mouse, a focused card moves with Alt + arrow
// keys: left and right to the top of the neighbouring column, up and down within its own.
(() => {
    "use strict";
    const board = document.querySelector("[data-deal-board]");
    if (!board) {
        return;
    }

    const token = document.querySelector("meta[name='csrf-token']")?.content ?? "";
    const status = document.querySelector("[data-board-status]");
    const dialog = document.querySelector("[data-lost-dialog]");
    const reasonSelect = dialog?.querySelector("[data-lost-reason]");
    const lists = [...board.querySelectorAll("[data-board-cards]")];
    const sortables = [];

    board.querySelectorAll("[data-status-color]").forEach(element => {
        const color = element.dataset.statusColor;
        if (/^#[0-9a-fA-F]{3,8}$/.test(color)) {
            element.style.setProperty("--lead-status-color", color);
        }
    });

    const tell = (text, failed) => {
        if (!status) {
            return;
        }
        status.textContent = text;
        status.classList.remove("d-none", "alert-success", "alert-danger");
        status.classList.add(failed ? "alert-danger" : "alert-success");
        status.dataset.testid = failed ? "board-error" : "board-success";
    };

    // The sentinel stays the last child, whatever Sortable does at the end of a list.
    const keepSentinelLast = list => {
        const more = list.querySelector(":scope > [data-board-more]");
        if (more && more.nextElementSibling) {
            list.appendChild(more);
        }
    };

    const refreshHeaders = async () => {
        try {
            const response = await fetch(window.location.href, { credentials: "same-origin" });
            if (!response.ok) {
                return;
            }
            const fresh = new DOMParser().parseFromString(await response.text(), "text/html");
            board.querySelectorAll("[data-board-header]").forEach(header => {
                const replacement = fresh.querySelector(`[data-board-header="${header.dataset.boardHeader}"]`);
                if (replacement) {
                    header.replaceWith(document.importNode(replacement, true));
                }
            });
        } catch {
            // The counts catch up on the next load; the move itself is saved.
        }
    };

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

    const move = async (card, from, origin) => {
        const to = card.parentElement;
        const form = new FormData();
        form.append("dealId", card.dataset.dealId);
        form.append("stageId", to.dataset.boardCards);
        form.append("version", card.dataset.version);
        let next = card.nextElementSibling;
        while (next && !next.matches("[data-deal-id]")) {
            next = next.nextElementSibling;
        }
        if (next) {
            form.append("beforeId", next.dataset.dealId);
        }

        sortables.forEach(sortable => sortable.option("disabled", true));
        board.setAttribute("aria-busy", "true");
        try {
            if (to !== from && to.dataset.stageKind === "Lost") {
                const reason = await askLostReason();
                if (!reason) {
                    from.insertBefore(card, origin);
                    tell(board.dataset.noReasonText, true);
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
                tell(board.dataset.movedText, false);
                await refreshHeaders();
                return;
            }
            let message = response.status === 404 ? board.dataset.notFoundText : board.dataset.failedText;
            if (response.status === 409) {
                const refusal = await response.json().catch(() => null);
                message = refusal?.message || message;
            }
            from.insertBefore(card, origin);
            tell(message, true);
        } catch {
            from.insertBefore(card, origin);
            tell(board.dataset.failedText, true);
        } finally {
            sortables.forEach(sortable => sortable.option("disabled", false));
            board.removeAttribute("aria-busy");
            card.focus();
        }
    };

    const observer = new IntersectionObserver(entries => entries.forEach(entry => {
        if (entry.isIntersecting) {
            loadMore(entry.target);
        }
    }));

    const loadMore = async sentinel => {
        observer.unobserve(sentinel);
        try {
            const response = await fetch(sentinel.dataset.boardMore, { credentials: "same-origin" });
            if (!response.ok) {
                return;
            }
            const page = document.createElement("template");
            page.innerHTML = await response.text();
            // A card dragged to this column's bottom meanwhile comes back in the next page: show it once.
            page.content.querySelectorAll("[data-deal-id]").forEach(card => {
                if (board.querySelector(`[data-deal-id="${card.dataset.dealId}"]`)) {
                    card.remove();
                }
            });
            const list = sentinel.parentElement;
            sentinel.replaceWith(page.content);
            const next = list.querySelector(":scope > [data-board-more]");
            if (next) {
                observer.observe(next);
            }
        } catch {
            observer.observe(sentinel);
        }
    };

    board.querySelectorAll("[data-board-more]").forEach(sentinel => observer.observe(sentinel));

    const cardsOf = list => [...list.querySelectorAll(":scope > [data-deal-id]")];

    board.addEventListener("keydown", event => {
        const card = event.target.closest?.("[data-deal-id]");
        if (!card || !event.altKey || board.hasAttribute("aria-busy")) {
            return;
        }
        const from = card.parentElement;
        const origin = card.nextElementSibling;
        const siblings = cardsOf(from);
        const index = siblings.indexOf(card);
        const column = lists.indexOf(from);
        let to = null;
        if (event.key === "ArrowUp" && index > 0) {
            from.insertBefore(card, siblings[index - 1]);
            to = from;
        } else if (event.key === "ArrowDown" && index < siblings.length - 1) {
            from.insertBefore(card, siblings[index + 1].nextElementSibling);
            to = from;
        } else if ((event.key === "ArrowLeft" || event.key === "ArrowRight") && lists[column + (event.key === "ArrowLeft" ? -1 : 1)]) {
            to = lists[column + (event.key === "ArrowLeft" ? -1 : 1)];
            to.insertBefore(card, to.firstElementChild);
        }
        if (!to) {
            return;
        }
        event.preventDefault();
        keepSentinelLast(to);
        card.focus();
        move(card, from, origin);
    });

    if (typeof Sortable === "undefined") {
        return;
    }

    let origin = null;
    lists.forEach(list => sortables.push(Sortable.create(list, {
        group: "deal-board",
        draggable: "[data-deal-id]",
        animation: 150,
        ghostClass: "reorder-ghost",
        onStart: event => {
            origin = event.item.nextElementSibling;
        },
        onEnd: event => {
            keepSentinelLast(event.to);
            if (event.from === event.to && event.oldIndex === event.newIndex) {
                return;
            }
            move(event.item, event.from, origin);
        },
    })));
})();
