using System.Text;
using System.Text.Json;

namespace ArticleExtract.Metadata;

/// <summary>
/// The text of a schema.org <c>HowTo</c> or <c>Recipe</c>: its description, ingredients and steps, one per line. Pages
/// that render a guide by script state it only there.
/// </summary>
internal static class JsonLdInstructions
{
    // Bounds against a hostile or runaway object: a guide has tens of steps, not thousands.
    private const int MaxItems = 400;
    private const int MaxDepth = 6;
    private const int MaxChars = 200_000;

    /// <summary>The lines of the guide, or null when it states no step.</summary>
    public static string? Read(JsonElement element)
    {
        var builder = new StringBuilder();
        var items = 0;
        Append(builder, element, "description", ref items, 0);
        var before = builder.Length;
        Append(builder, element, "recipeIngredient", ref items, 0);
        Append(builder, element, "step", ref items, 0);
        Append(builder, element, "recipeInstructions", ref items, 0);
        return builder.Length > before ? builder.ToString() : null;
    }

    private static void Append(StringBuilder builder, JsonElement element, string property, ref int items, int depth)
    {
        if (element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value))
        {
            AppendValue(builder, value, ref items, depth);
        }
    }

    // A step is a string, a HowToStep or HowToDirection with its text, or a HowToSection with its name and its own steps.
    private static void AppendValue(StringBuilder builder, JsonElement value, ref int items, int depth)
    {
        if (depth > MaxDepth || items >= MaxItems || builder.Length >= MaxChars)
        {
            return;
        }

        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                if (value.GetString() is { } text && !string.IsNullOrWhiteSpace(text))
                {
                    items++;
                    builder.Append(text.Trim()).Append('\n');
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in value.EnumerateArray())
                {
                    AppendValue(builder, item, ref items, depth + 1);
                }

                break;
            case JsonValueKind.Object:
                if (value.TryGetProperty("itemListElement", out var list))
                {
                    Append(builder, value, "name", ref items, depth + 1);
                    AppendValue(builder, list, ref items, depth + 1);
                }
                else if (value.TryGetProperty("text", out var stepText))
                {
                    AppendValue(builder, stepText, ref items, depth + 1);
                }

                break;
        }
    }
}
