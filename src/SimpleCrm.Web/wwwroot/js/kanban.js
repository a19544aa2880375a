// What the kanban boards share (lead-board.js, deal-board.js): column colours from data-status-color
// (the CSP forbids style attributes), the status line, each column's next cards loaded when the
// sentinel at its bottom scrolls into view, the column headers taken from a fresh copy of the page
// after a save (so counts and totals are the server's), dragging with SortableJS and, without a mouse,
// Alt + arrow keys on a focused card: left and right to the top of the neighbouring column, up and
// down within its own. Each board says how a drop is saved: save(card, from, origin) puts the card
// back (from.insertBefore(card, origin)) when the server refuses.
window.SimpleCrmKanban = (() => {
    "use strict";

    const create = ({ board, cardAttribute, group, save }) => {
        const cardSelector = `[${cardAttribute}]`;
        const status = document.querySelector("[data-board-status]");
        const lists = [...board.querySelectorAll("[data-board-cards]")];
        const sortables = [];

        board.querySelectorAll("[data-status-color]").forEach(element => {
            const color = element.dataset.statusColor;
            if (/^#[0-9a-fA-F]{3,8}$/.test(color)) {
                element.style.setProperty("--lead-status-color", color);
            }
        });

        // The reason, and a link when the server offers the way on.
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

        // The card below a dropped one, whose place it takes (none: the column's bottom).
        const nextCard = card => {
            let next = card.nextElementSibling;
            while (next && !next.matches(cardSelector)) {
                next = next.nextElementSibling;
            }
            return next;
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
            sortables.forEach(sortable => sortable.option("disabled", true));
            board.setAttribute("aria-busy", "true");
            try {
                await save(card, from, origin);
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
                page.content.querySelectorAll(cardSelector).forEach(card => {
                    if (board.querySelector(`[${cardAttribute}="${card.getAttribute(cardAttribute)}"]`)) {
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

        const cardsOf = list => [...list.querySelectorAll(`:scope > ${cardSelector}`)];

        board.addEventListener("keydown", event => {
            const card = event.target.closest?.(cardSelector);
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

        if (typeof Sortable !== "undefined") {
            let origin = null;
            lists.forEach(list => sortables.push(Sortable.create(list, {
                group,
                draggable: cardSelector,
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
        }

        return { tell, nextCard, refreshHeaders };
    };

    return { create };
})();
