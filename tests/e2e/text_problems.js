// What the language walk (languages.rs) measures in the page: text that overflows its
// box, lies outside the window, is cut at the bottom, reads as English in the pseudo-locale,
// or a tooltip drawn under something. Run by WebDriver's execute: arguments[0] is the list
// of selectors for the creator's text and the service's data, arguments[1] whether the page
// speaks the pseudo-locale. Returns [{ kind, what, text }].
const theirs = arguments[0].join(',');
const pseudo = arguments[1];
const out = [];
const name = (el) => {
  const id = el.getAttribute('data-testid');
  return el.tagName.toLowerCase() + (id ? `[data-testid=${id}]` : '') + (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\s+/).join('.') : '');
};
const shown = (el) => {
  const cs = getComputedStyle(el);
  if (cs.display === 'none' || cs.visibility === 'hidden' || Number(cs.opacity) === 0) return false;
  const r = el.getBoundingClientRect();
  return r.width > 1 && r.height > 1;
};
// Names that stay as they are in every language: the product, the service, the tool, and
// addresses.
const BRANDS = /UlazAI Studio|UlazAI|ffmpeg|FFmpeg|https?:\S+|ulazai\.com/g;
// A catalog message in the pseudo-locale always carries some of these; its variables may be
// data in English (a date, a file name): only a text with none of them is English left.
const PSEUDO = /[ȦƁƇḒḖƑƓĦĪĴĶĿḾȠǾƤɊŘŞŦŬṼẆẊẎẐȧƀƈḓḗƒɠħīĵķŀḿƞǿƥɋřşŧŭṽẇẋẏẓ]/;
const english = (text) => !PSEUDO.test(text) && /\b[A-Za-z]{3,}\b/.test(text.replace(BRANDS, ''));
const ownText = (el) => [...el.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent).join('').trim();
const scrollsX = (el) => {
  for (let p = el.parentElement; p; p = p.parentElement) {
    const o = getComputedStyle(p).overflowX;
    if ((o === 'auto' || o === 'scroll') && p.scrollWidth > p.clientWidth + 1) return true;
  }
  return false;
};
// Only what a person can see: the open modal dialog when there is one.
const modal = [...document.querySelectorAll('dialog[open]')].pop();
const root = modal ?? document.body;
for (const el of root.querySelectorAll('*')) {
  if (!shown(el) || el.closest('.visually-hidden, [aria-hidden="true"], script, style')) continue;
  if (modal === undefined && el.closest('dialog:not([open])')) continue;
  const text = (el.textContent ?? '').trim();
  if (!text) continue;
  const mine = !el.closest(theirs);
  const cs = getComputedStyle(el);
  if (mine && (cs.overflowX === 'hidden' || cs.overflowX === 'clip') && el.scrollWidth > el.clientWidth + 1
      && !el.querySelector(theirs)) {
    out.push({ kind: 'clipped', what: name(el), text: text.slice(0, 80) + ` (${el.scrollWidth} > ${el.clientWidth} px)` });
  }
  const own = ownText(el);
  // A text container cut at the bottom (a line clamp, a fixed height) hides words too.
  if (own && mine && (cs.overflowY === 'hidden' || cs.overflowY === 'clip') && el.scrollHeight > el.clientHeight + 2
      && !el.querySelector(theirs)) {
    out.push({ kind: 'cut at the bottom', what: name(el), text: own.slice(0, 80) + ` (${el.scrollHeight} > ${el.clientHeight} px)` });
  }
  if (own) {
    const r = el.getBoundingClientRect();
    // Wholly left of the window is the skip link's "off screen until focused", not overflow.
    if (r.right > 0 && (r.right > innerWidth + 1 || r.left < -1) && !scrollsX(el)) {
      out.push({ kind: 'outside the window', what: name(el), text: own.slice(0, 80) + ` (${Math.round(r.left)}–${Math.round(r.right)} of ${innerWidth} px)` });
    }
    if (pseudo && mine && english(own)) {
      out.push({ kind: 'English left', what: name(el), text: own.slice(0, 80) });
    }
  }
  for (const attr of ['title', 'aria-label', 'placeholder', 'data-tip']) {
    const v = el.getAttribute(attr);
    if (pseudo && mine && v && english(v)) {
      out.push({ kind: `English left (${attr})`, what: name(el), text: v.slice(0, 80) });
    }
  }
}
// A tooltip shown is drawn above everything (a modal dialog is in the top layer: a tooltip
// left outside it is covered).
const tip = document.querySelector('[data-testid="tooltip"]:not([hidden])');
if (tip && shown(tip)) {
  const r = tip.getBoundingClientRect();
  const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
  if (top !== tip && !tip.contains(top)) {
    out.push({ kind: 'covered', what: name(tip), text: (tip.textContent ?? '').trim().slice(0, 80) + ` (under ${top ? name(top) : 'nothing'})` });
  }
}
return out;
