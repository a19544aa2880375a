// Imports: every progress bar with a data-progress-url (a queued or running import, on the list or the
// import's page) polls its small JSON endpoint, moves the bar and the counts, and stops when the import is
// finished; then the page reloads once so the final counts, the error file and Undo appear.
(() => {
    "use strict";

    const intervalMs = 1500;

    const poll = async (block) => {
        const response = await fetch(block.dataset.progressUrl, { headers: { Accept: "application/json" }, credentials: "same-origin" });
        if (!response.ok) {
            // Gone or no longer visible: stop quietly rather than reload into a 404.
            return null;
        }

        const progress = await response.json();
        const bar = block.querySelector("[data-progress-bar]");
        bar.style.width = `${progress.percent}%`;
        bar.dataset.percent = progress.percent;
        bar.textContent = `${progress.percent} %`;
        bar.parentElement.setAttribute("aria-valuenow", progress.percent);
        block.querySelector("[data-progress-rows]").textContent = progress.rowsText;

        const scope = block.closest("[data-import]") ?? document;
        const badge = scope.querySelector("[data-progress-status] [data-import-status]");
        if (badge && badge.dataset.importStatus !== progress.status) {
            badge.dataset.importStatus = progress.status;
            badge.textContent = progress.statusText;
            badge.className = `badge ${progress.statusBadge}`;
        }
        for (const name of ["created", "updated", "skipped", "failed"]) {
            const count = scope.querySelector(`[data-count="${name}"]`);
            if (count) {
                count.textContent = progress[name].toLocaleString();
            }
        }
        return progress.finished;
    };

    const watch = (block) => {
        const tick = async () => {
            let finished = false;
            try {
                finished = await poll(block);
            } catch {
                // A dropped request (the server restarting, the laptop waking up): try again at the next tick.
            }
            if (finished) {
                window.location.reload();
            } else if (finished !== null) {
                window.setTimeout(tick, intervalMs);
            }
        };
        window.setTimeout(tick, intervalMs);
    };

    document.querySelectorAll("[data-progress-url]:not([data-progress-url=''])").forEach(watch);
})();
