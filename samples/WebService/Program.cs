using Microsoft.Extensions.Options;
using WebService;

var builder = WebApplication.CreateBuilder(args);

// The extractor is a singleton configured from "ArticleExtractor" in appsettings.json, validated at start-up.
builder.Services.AddArticleExtractor(builder.Configuration.GetSection("ArticleExtractor"));
builder.Services.AddOptions<WebServiceOptions>()
    .Bind(builder.Configuration.GetSection(WebServiceOptions.Section))
    .Validate(o => o.MaxRequestBodyBytes > 0, "WebService:MaxRequestBodyBytes must be positive.")
    .ValidateOnStart();

// Errors the endpoints do not answer themselves (404, 405, an exception) are application/problem+json too.
builder.Services.AddProblemDetails();

var app = builder.Build();
app.UseExceptionHandler();
app.UseStatusCodePages();

app.MapGet("/", IndexPage.Serve);
app.MapPost("/extract", ExtractEndpoint.HandleAsync);

app.Run();

/// <summary>The web sample's entry point; public so its tests can host it.</summary>
public partial class Program;
