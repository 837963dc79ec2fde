using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Sailplan.Web.Tests.Api;

/// <summary>Small JSON helpers over HttpClient so tests read as requests and answers.</summary>
public static class ApiClient
{
    public static async Task<JsonObject> PostOkAsync(this HttpClient client, string url, object body)
    {
        var response = await client.PostAsJsonAsync(url, body);
        return await ReadAsync(response, HttpStatusCode.Created);
    }

    public static async Task<JsonObject> GetOkAsync(this HttpClient client, string url) =>
        await ReadAsync(await client.GetAsync(url), HttpStatusCode.OK);

    public static async Task<JsonObject> ReadAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"Expected {expected}, got {response.StatusCode}: {text}");
        return JsonNode.Parse(text)!.AsObject();
    }

    public static async Task<JsonObject> ProblemAsync(this HttpResponseMessage response, HttpStatusCode expected)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return await ReadAsync(response, expected);
    }

    public static string Id(this JsonObject json) => json["id"]!.GetValue<string>();

    public static JsonObject With(this JsonObject json, string property, JsonNode? value)
    {
        var copy = JsonNode.Parse(json.ToJsonString())!.AsObject();
        copy[property] = value;
        return copy;
    }

    public static StringContent Json(string text) => new(text, System.Text.Encoding.UTF8, "application/json");

    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web);
}
