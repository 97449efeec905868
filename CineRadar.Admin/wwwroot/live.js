// Live parts of static pages, with no framework:
// - an element with data-live-src and no data-live-stream (the run list) is fetched again every 2 s and replaced by the
//   answer (the same component rendered alone) until its data-live-done is "true"; one with a stream (a run's page)
//   is live-stream.js's;
// - an element with data-countdown (an ISO instant) says each second how long until it, as Countdown.cs writes it.
(() => {
  const every = 2000;

  const poll = (element) => {
    if (element.dataset.liveDone === "true") return;
    setTimeout(async () => {
      try {
        const response = await fetch(element.dataset.liveSrc, { credentials: "same-origin", headers: { Accept: "text/html" } });
        if (response.redirected) return; // signed out: stop rather than show the sign-in page inside this one
        if (response.ok) {
          const template = document.createElement("template");
          template.innerHTML = (await response.text()).trim();
          const next = template.content.firstElementChild;
          if (next) {
            element.replaceWith(next);
            poll(next);
            return;
          }
        }
      } catch {
        // The Admin or the Api is not answering: try again at the next tick.
      }
      poll(element);
    }, every);
  };

  const countdown = (at, now) => {
    const left = at - now;
    const span = Math.abs(left) / 1000;
    const days = Math.floor(span / 86400), hours = Math.floor(span / 3600), minutes = Math.floor(span / 60) % 60, seconds = Math.floor(span) % 60;
    const two = (n) => String(n).padStart(2, "0");
    const text = days >= 1 ? `${days} d ${hours % 24} h` : hours >= 1 ? `${hours} h ${two(minutes)} min` : `${minutes} min ${two(seconds)} s`;
    return left >= 0 ? `in ${text}` : `expired ${text} ago`;
  };

  const tick = () => document.querySelectorAll("[data-countdown]").forEach((element) => {
    element.textContent = countdown(Date.parse(element.dataset.countdown), Date.now());
  });

  document.querySelectorAll("[data-live-src]:not([data-live-stream])").forEach(poll);
  setInterval(tick, 1000);
})();
