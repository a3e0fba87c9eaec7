import { initAll } from "/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js";

initAll();

// "Leave this site quickly": the button and the Escape key replace the page with a neutral site.
// location.replace() leaves no entry for this page in the history, and the page's own content is
// hidden at once so that nothing stays on screen while the neutral site loads.
const exitLink = document.querySelector(".pharos-js-quick-exit");
if (exitLink) {
  const target = exitLink.dataset.quickExitUrl || exitLink.href;
  const leave = (event) => {
    if (event) event.preventDefault();
    try {
      window.sessionStorage.clear();
    } catch (ignored) {
      // storage may be disabled; nothing to clear then
    }
    document.body.classList.add("pharos-leaving");
    document.title = "";
    window.location.replace(target);
  };
  exitLink.addEventListener("click", leave);
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && !event.defaultPrevented) leave(event);
  });
}
