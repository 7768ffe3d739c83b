// Starts Swagger UI (from the swagger-ui-bundle package) on this server's OpenAPI document.
window.ui = SwaggerUIBundle({ url: "/openapi.json", dom_id: "#swagger-ui" });
