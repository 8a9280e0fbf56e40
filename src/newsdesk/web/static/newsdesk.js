// newsdesk: light progressive enhancement. The pages work without it.
"use strict";
document.addEventListener("DOMContentLoaded", () => {
  // Auto-submit filter forms when a select changes (the form still has a submit button).
  for (const select of document.querySelectorAll("form.filters select")) {
    select.addEventListener("change", () => select.form.requestSubmit());
  }
});
