// The words a web component shows come from the server, in the user's language: the Java component sets its
// "messages" property from Warrant's message bundles. {0}, {1}… are filled in, numbers in the page's digits.
// A key the server did not send shows as itself, so a test finds it.
export function say(element, key, ...args) {
  const text = (element.messages && element.messages[key]) || key;
  const lang = document.documentElement.lang || undefined;
  return text.replace(/\{(\d)\}/g, (_, i) => (typeof args[i] === 'number' ? args[i].toLocaleString(lang) : String(args[i] ?? '')));
}
