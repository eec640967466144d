// Swagger UI from the fastapi-offline package's files, served by this server (no CDN).
"use strict";
window.addEventListener("DOMContentLoaded", () => {
  if (typeof window.SwaggerUIBundle !== "function") return; // the plain link stays
  window.SwaggerUIBundle({ url: "/openapi.json", dom_id: "#swagger-ui", validatorUrl: null, deepLinking: true });
});
