// The TIX sandbox app: a stand-in for the Flutter web app at app.tix.id. It renders everything by script about a
// second after load, gives no element an id, and talks to the API cross-origin with the app's guest headers.
(() => {
  'use strict';
  const config = window.TIX_CONFIG;
  const root = document.querySelector('.app-root');

  // localStorage values are JSON-encoded, as the real app stores them (tokens come back wrapped in quotes).
  const storage = {
    get(key) {
      const raw = localStorage.getItem(key);
      if (raw === null) return null;
      try { return JSON.parse(raw); } catch { return null; }
    },
    set(key, value) { localStorage.setItem(key, JSON.stringify(value)); },
  };

  function deviceId() {
    let id = storage.get('device_id');
    if (!id) {
      id = 'web-' + Math.random().toString(16).slice(2, 10) + Date.now().toString(16);
      storage.set('device_id', id);
    }
    return id;
  }

  function appHeaders() {
    return { 'platform': 'web', 'x-app-version': config.appVersion, 'x-device-id': deviceId(), 'Accept': 'application/json' };
  }

  async function guestToken(renew) {
    let token = renew ? null : storage.get('guest_token');
    if (!token) {
      const response = await fetch(config.apiUrl + '/v1/auth', {
        method: 'POST',
        headers: { ...appHeaders(), 'Content-Type': 'application/json' },
        body: JSON.stringify({ client_id: 'tixid_guest' }),
      });
      token = (await response.json()).data.token;
      storage.set('guest_token', token);
    }
    return token;
  }

  // Calls the API with the guest headers; an INVALID_TOKEN answer gets a new guest token and one retry.
  async function api(path, init = {}) {
    for (let attempt = 0; ; attempt++) {
      const token = await guestToken(attempt > 0);
      const response = await fetch(config.apiUrl + path, {
        ...init,
        headers: { ...appHeaders(), 'Authorization': 'Bearer ' + token, ...(init.headers || {}) },
      });
      const body = await response.json().catch(() => null);
      if (attempt === 0 && response.status === 401 && body && body.error && body.error.code === 'INVALID_TOKEN') continue;
      return { status: response.status, body };
    }
  }

  function node(tag, attributes = {}, ...children) {
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) {
      if (name.startsWith('on')) element.addEventListener(name.slice(2), value);
      else element.setAttribute(name, value);
    }
    element.append(...children);
    return element;
  }

  function slug(title) {
    return title.toLowerCase().replace(/[^a-z0-9 -]/g, '').replace(/ /g, '-');
  }

  // The movie-list request of the API's contract, for a city.
  function moviesPath(cityId) {
    return config.contract.moviesRequest.replace(config.contract.cityPlaceholder, encodeURIComponent(cityId));
  }

  function selectedCity() {
    return storage.get('selected_city') || { id: config.defaultCityId, name: 'JAKARTA' };
  }

  function header(loginTarget) {
    return node('header', { class: 'top-bar' },
      node('a', { class: 'brand', href: '/home' }, 'TIX ID'),
      node('button', { type: 'button', class: 'header-login', onclick: () => location.assign(loginTarget) }, 'Login'));
  }

  function movieList(movies) {
    return node('section', { class: 'movies' }, ...movies.map(movie =>
      node('a', { class: 'movie-card', href: `/movies/${slug(movie.title)}-${movie.movie_id || movie.id}/${config.today}` },
        node('img', { src: movie.poster_path, alt: movie.title, loading: 'lazy' }),
        node('span', { class: 'movie-title' }, movie.title),
        node('span', { class: 'movie-meta' }, `${movie.age_category}${movie.presale_flag === 1 ? ' · Presale' : ''}`))));
  }

  async function renderHome() {
    const city = selectedCity();
    const { body } = await api(moviesPath(city.id));
    root.replaceChildren(
      header('/login'),
      node('a', { class: 'city-chip', href: '/cities' }, `Lokasi: ${city.name}`),
      movieList(body && body.success ? body.data : []));
  }

  function renderLogin() {
    const phone = node('input', { type: 'tel', inputmode: 'numeric', placeholder: 'Type your phone number', autocomplete: 'tel-national' });
    const password = node('input', { type: 'password', placeholder: 'Type Password', autocomplete: 'current-password' });
    const error = node('p', { class: 'error', role: 'alert' });
    const submit = async event => {
      event.preventDefault();
      error.textContent = '';
      let digits = phone.value.replace(/\D/g, '').replace(/^0+/, '');
      if (digits.startsWith('62') && digits.length > 11) digits = digits.slice(2);
      const { status, body } = await api('/v1/users/login', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ phone: '+62' + digits, password: password.value }),
      });
      if (status !== 200 || !body || !body.success) {
        error.textContent = 'Nomor HP atau kata sandi salah.';
        return;
      }
      storage.set('authentication_token', body.data.token);
      storage.set('authentication_refresh_token', body.data.refresh_token);
      location.assign('/home');
    };
    root.replaceChildren(
      header('/home'),
      node('form', { class: 'login-form', onsubmit: submit },
        node('h1', {}, 'Masuk ke TIX ID'),
        node('label', { class: 'field' }, node('span', { class: 'prefix' }, '+62'), phone),
        node('label', { class: 'field' }, password),
        error,
        node('button', { type: 'submit', class: 'primary' }, 'Login')));
  }

  async function renderCities() {
    const { body } = await api(config.contract.citiesPath);
    const contract = config.contract;
    const cities = (body && body.success ? body.data : []).map(c => ({ id: c[contract.cityIdKey], name: c[contract.cityNameKey] }));
    const filter = node('input', { type: 'text', placeholder: 'Cari kota' });
    const results = node('section', { class: 'city-movies' });
    const items = cities.map(city => node('div', {
      class: 'city-item',
      role: 'button',
      tabindex: '0',
      onclick: async () => {
        storage.set('selected_city', { id: city.id, name: city.name });
        const movies = await api(moviesPath(city.id));
        results.replaceChildren(node('h2', {}, `Film di ${city.name}`), movieList(movies.body && movies.body.success ? movies.body.data : []));
      },
    }, city.name));
    filter.addEventListener('input', () => {
      const wanted = filter.value.trim().toUpperCase();
      items.forEach((item, i) => { item.hidden = wanted !== '' && !cities[i].name.includes(wanted); });
    });
    root.replaceChildren(header('/login'), node('div', { class: 'search' }, filter), node('div', { class: 'city-list' }, ...items), results);
  }

  async function renderMovie() {
    const [, , slugAndId, date] = location.pathname.split('/');
    const movieId = slugAndId.slice(slugAndId.lastIndexOf('-') + 1);
    const city = selectedCity();
    const list = node('section', { class: 'theatres' });
    const more = node('button', { type: 'button', class: 'more', hidden: '' }, 'Muat lebih banyak');
    let page = 0;
    const load = async () => {
      page += 1;
      const query = `city_id=${encodeURIComponent(city.id)}&date=${encodeURIComponent(date)}&page=${page}`;
      const { body } = await api(`/v1/schedules/movies/${encodeURIComponent(movieId)}?${query}`);
      const data = body && body.success ? body.data : { has_next: false, theaters: [] };
      list.append(...data.theaters.map(theatre => node('article', { class: 'theatre' },
        node('h3', {}, theatre.name),
        node('p', { class: 'address' }, theatre.address),
        ...theatre.price_groups.map(group => node('div', { class: 'price-group' },
          node('p', { class: 'category' }, `${group.category} · ${group.price_string}`),
          node('div', { class: 'times' }, ...group.show_time.map(show =>
            node('button', show.status === 1
              ? { type: 'button', class: 'time', onclick: () => openSeatMap(theatre, show) }
              : { type: 'button', class: 'time', disabled: '' }, show.display_time))))))));
      more.hidden = !data.has_next;
    };
    // A bookable time opens its seat map: the chain's layout path, with the user's token (a guest is refused).
    const seats = node('section', { class: 'seat-map', role: 'status' });
    const openSeatMap = async (theatre, show) => {
      const chainPath = config.chainPaths[theatre.merchant.merchant_name];
      const token = storage.get('authentication_token') || await guestToken(false);
      const response = await fetch(`${config.apiUrl}/v1/movies/${chainPath}/layout?show_time_id=${encodeURIComponent(show.id)}&tz=7`, {
        headers: { ...appHeaders(), 'Authorization': 'Bearer ' + token },
      });
      const body = await response.json().catch(() => null);
      seats.replaceChildren(body && body.success
        ? node('p', {}, `Pilih kursi · ${theatre.name} · ${show.display_time}`)
        : node('p', { class: 'error' }, 'Masuk untuk memilih kursi.'));
    };
    more.addEventListener('click', load);
    root.replaceChildren(header('/login'), node('p', { class: 'city-chip' }, `Lokasi: ${city.name} · ${date}`), list, more, seats);
    await load();
  }

  const pages = { home: renderHome, login: renderLogin, cities: renderCities, movies: renderMovie };
  const page = pages[location.pathname.split('/')[1]] || renderHome;
  // Like the Flutter app, nothing is on screen until about a second after load.
  setTimeout(() => { guestToken(false).then(() => page()); }, config.renderDelayMs);
})();
