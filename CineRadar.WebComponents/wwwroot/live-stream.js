// Live pages of both sites, with no framework. The element with data-live-stream names the site's event stream;
// on a "change" event whose data differs from the last one seen (data-live-version when the page knew it), the page
// fetches data-live-src (the page itself when absent) and swaps every [data-live-part] whose markup changed, keeping
// the scroll position and the focused element. An "end" event takes the last figures and closes the stream. When
// the stream drops (or the site refuses it), the page fetches its figures every data-live-fallback seconds and
// reconnects with backoff. The element's data-live-state says "open", "down" or "ended".
(() => {
  const marker = document.querySelector("[data-live-stream]");
  if (!marker || marker.dataset.liveDone === "true" || !window.EventSource || !window.fetch) return;

  const streamUrl = marker.dataset.liveStream;
  const sourceUrl = marker.dataset.liveSrc || location.href;
  const fallbackEvery = (Number(marker.dataset.liveFallback) || 60) * 1000;
  const firstBackoff = 1000, longestBackoff = 60000;
  let seen = marker.dataset.liveVersion;
  let source = null, backoff = firstBackoff, reconnect = null, fallback = null, refreshing = null, again = false;

  const state = (value) => {
    const current = document.querySelector("[data-live-stream]");
    if (current) current.dataset.liveState = value;
  };

  // The focused element's place inside its part, as child indexes, to find its twin in the new markup.
  const pathWithin = (part, element) => {
    const path = [];
    for (let node = element; node && node !== part; node = node.parentElement) {
      path.unshift(Array.prototype.indexOf.call(node.parentElement.children, node));
    }
    return path;
  };
  const follow = (part, path) => path.reduce((node, index) => node && node.children[index], part);

  const swap = (html) => {
    const fresh = new DOMParser().parseFromString(html, "text/html");
    const x = window.scrollX, y = window.scrollY;
    document.querySelectorAll("[data-live-part]").forEach((part) => {
      const next = fresh.querySelector(`[data-live-part="${CSS.escape(part.dataset.livePart)}"]`);
      if (!next || next.outerHTML === part.outerHTML) return;
      const focused = part.contains(document.activeElement) ? pathWithin(part, document.activeElement) : null;
      const adopted = document.importNode(next, true);
      part.replaceWith(adopted);
      const twin = focused && follow(adopted, focused);
      if (twin && twin.focus) twin.focus({ preventScroll: true });
    });
    window.scrollTo(x, y);
    const ended = document.querySelector("[data-live-stream]");
    return !ended || ended.dataset.liveDone === "true";
  };

  // One fetch at a time; a change that comes meanwhile fetches once more after it.
  const refresh = async () => {
    if (refreshing) { again = true; return refreshing; }
    refreshing = (async () => {
      try {
        const response = await fetch(sourceUrl, { credentials: "same-origin", headers: { Accept: "text/html", "X-CineRadar-Live": "refresh" } });
        if (response.redirected || !response.ok) return false; // signed out or failing: keep what is shown
        return swap(await response.text());
      } catch {
        return false; // the site is not answering: the next change or fallback tick tries again
      }
    })();
    const ended = await refreshing;
    refreshing = null;
    if (again) { again = false; return refresh(); }
    return ended;
  };

  const stopFallback = () => { clearInterval(fallback); fallback = null; };

  const close = () => {
    if (source) source.close();
    source = null;
    stopFallback();
    clearTimeout(reconnect);
    state("ended");
  };

  const connect = () => {
    source = new EventSource(streamUrl);
    source.onopen = () => { backoff = firstBackoff; stopFallback(); state("open"); };
    source.addEventListener("change", async (event) => {
      if (event.data === seen) return;
      seen = event.data;
      if (await refresh()) close();
    });
    source.addEventListener("end", async () => { close(); await refresh(); });
    source.onerror = () => {
      if (!source) return;
      source.close();
      source = null;
      state("down");
      if (!fallback) fallback = setInterval(async () => { if (await refresh()) close(); }, fallbackEvery);
      const wait = backoff * (0.5 + Math.random() / 2);
      backoff = Math.min(backoff * 2, longestBackoff);
      reconnect = setTimeout(connect, wait);
    };
  };

  connect();
})();
