// The leads kanban board (/Leads/Kanban). Columns take their colour from data-status-color (the CSP
// forbids style attributes). A card dropped in a column is saved at once with its concurrency token;
// when the server refuses (someone changed the lead, the status asks for a conversion, the lead is
// gone) the card goes back where it was and the reason is shown, with a link to the conversion page
// for a Converted column. After a save the column headers are
// taken from a fresh copy of the page, so counts and totals are the server's. Each column loads its
// next cards when the sentinel at its bottom scrolls into view. Without a mouse, a focused card moves
// with Alt + arrow keys: left and right to the top of the neighbouring column, up and down within its
// own; the move is saved the same way.
(() => {
    "use strict";
    const board = document.querySelector("[data-lead-board]");
    if (!board) {
        return;
    }

    const token = document.querySelector("meta[name='csrf-token']")?.content ?? "";
    const status = document.querySelector("[data-board-status]");
    const lists = [...board.querySelectorAll("[data-board-cards]")];
    const sortables = [];

    board.querySelectorAll("[data-status-color]").forEach(element => {
        const color = element.dataset.statusColor;
        if (/^#[0-9a-fA-F]{3,8}$/.test(color)) {
            element.style.setProperty("--lead-status-color", color);
        }
    });

    // The reason, and a link when the server offers the way on (a Converted column: the conversion page).
    const tell = (text, failed, link) => {
        if (!status) {
            return;
        }
        status.textContent = text;
        if (link?.url && link.url.startsWith("/")) {
            const anchor = document.createElement("a");
            anchor.href = link.url;
            anchor.textContent = link.text || link.url;
            anchor.className = "alert-link ms-2";
            anchor.dataset.boardConvert = "";
            status.append(" ", anchor);
        }
        status.classList.remove("d-none", "alert-success", "alert-danger");
        status.classList.add(failed ? "alert-danger" : "alert-success");
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

    const move = async (card, from, origin) => {
        const form = new FormData();
        form.append("leadId", card.dataset.leadId);
        form.append("statusId", card.parentElement.dataset.boardCards);
        form.append("version", card.dataset.version);
        let next = card.nextElementSibling;
        while (next && !next.matches("[data-lead-id]")) {
            next = next.nextElementSibling;
        }
        if (next) {
            form.append("beforeId", next.dataset.leadId);
        }

        sortables.forEach(sortable => sortable.option("disabled", true));
        board.setAttribute("aria-busy", "true");
        try {
            const response = await fetch(board.dataset.moveUrl, {
                method: "POST",
                body: form,
                headers: { "X-CSRF-TOKEN": token },
                credentials: "same-origin",
            });
            if (response.ok) {
                card.dataset.version = response.headers.get("X-Lead-Version") ?? card.dataset.version;
                tell(board.dataset.movedText, false);
                await refreshHeaders();
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
            tell(message, true, link);
        } catch {
            from.insertBefore(card, origin);
            tell(board.dataset.failedText, true);
        } finally {
            sortables.forEach(sortable => sortable.option("disabled", false));
            board.removeAttribute("aria-busy");
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
            page.content.querySelectorAll("[data-lead-id]").forEach(card => {
                if (board.querySelector(`[data-lead-id="${card.dataset.leadId}"]`)) {
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

    const cardsOf = list => [...list.querySelectorAll(":scope > [data-lead-id]")];

    board.addEventListener("keydown", event => {
        const card = event.target.closest?.("[data-lead-id]");
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
        group: "lead-board",
        draggable: "[data-lead-id]",
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
