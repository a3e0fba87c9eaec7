// "Chat with us" for a member organisation's own website:
//
//   <script src="https://pharos.example/chat/embed.js" data-organisation="<organisation id>" defer></script>
//
// Adds a button that opens the organisation's chat page on Pharos in a new tab. No frame, no cookie,
// nothing read from the host page: the chat itself happens on Pharos, under Pharos's own security
// policy and with its quick exit. Optional attributes: data-label (the button's text; otherwise in
// the page's language), data-position="inline" (the button goes where the script is instead of the
// bottom corner).
(() => {
  const script = document.currentScript;
  if (!script) return;
  const organisation = (script.dataset.organisation || "").trim();
  if (!/^[0-9a-fA-F-]{36}$/.test(organisation)) return;
  const origin = new URL(script.src, window.location.href).origin;

  const labels = {
    en: "Chat with us",
    fr: "Discuter avec nous",
    de: "Chatten Sie mit uns",
    pt: "Fale connosco",
    nl: "Chat met ons",
  };
  const language = (document.documentElement.lang || navigator.language || "en").slice(0, 2).toLowerCase();
  const label = script.dataset.label || labels[language] || labels.en;

  const link = document.createElement("a");
  link.href = `${origin}/chat/${organisation}?source=embed&lang=${encodeURIComponent(labels[language] ? language : "en")}`;
  link.target = "_blank";
  link.rel = "noopener noreferrer";
  link.textContent = label;
  link.className = "pharos-chat-embed";
  const style = link.style;
  style.display = "inline-block";
  style.padding = "12px 20px";
  style.background = "#1d4f6e";
  style.color = "#ffffff";
  style.font = "bold 18px/1.2 sans-serif";
  style.textDecoration = "none";
  style.borderRadius = "4px";
  style.boxShadow = "0 2px 0 #0b0c0c";
  link.addEventListener("focus", () => {
    style.outline = "3px solid #ffdd00";
  });
  link.addEventListener("blur", () => {
    style.outline = "";
  });

  const place = () => {
    if (script.dataset.position === "inline") {
      script.after(link);
    } else {
      style.position = "fixed";
      style.right = "20px";
      style.bottom = "20px";
      style.zIndex = "2147483000";
      document.body.append(link);
    }
  };
  if (document.body) place();
  else document.addEventListener("DOMContentLoaded", place);
})();
