using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.EntityFrameworkCore;
using Sailplan.Core;

namespace Sailplan.Web.Infrastructure;

public enum SaveOutcome
{
    Saved,

    /// <summary>The input broke a rule; the errors are in ModelState, next to the fields they name.</summary>
    Refused,

    /// <summary>Someone else saved the object since the form was loaded: nothing was written.</summary>
    Conflict,
}

/// <summary>
/// What every form page does with a change: run it through the same handlers and domain rules as
/// the JSON API, and turn what they throw into something the person at the form can act on.
/// </summary>
public static class FormSave
{
    public const string InputPrefix = "Input";
    private const string ConflictKey = "Sailplan.Conflict";

    public static async Task<SaveOutcome> SaveAsync(this PageModel page, Func<Task> change, Func<string, string>? inputName = null)
    {
        if (!page.ModelState.IsValid)
        {
            return SaveOutcome.Refused;
        }

        try
        {
            await change();
            return SaveOutcome.Saved;
        }
        catch (DomainException e)
        {
            page.ModelState.AddModelError(inputName?.Invoke(e.Field) ?? InputName(e.Field), e.Message);
            return SaveOutcome.Refused;
        }
        catch (Exception e) when (e is EditConflictException or DbUpdateConcurrencyException)
        {
            page.ModelState.Clear();
            return SaveOutcome.Conflict;
        }
        catch (NotFoundException)
        {
            page.ModelState.AddModelError("", "This no longer exists: someone else deleted it while you were editing.");
            return SaveOutcome.Refused;
        }
        catch (DbUpdateException)
        {
            // Unique names, codes and emails are kept by the database; so are links still pointing at a row.
            page.ModelState.AddModelError("", "The database refused the change: a name, code or email that must be unique is already taken, " +
                "or other objects still refer to this one.");
            return SaveOutcome.Refused;
        }
    }

    /// <summary>"hypothesis.expectedChange" -> "Input.Hypothesis.ExpectedChange"; "milestones[2].title" -> "Input.Milestones[2].Title".</summary>
    public static string InputName(string field, string prefix = InputPrefix) =>
        prefix + "." + string.Join('.', field.Split('.').Select(s => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..]));

    /// <summary>
    /// Tells the person that their edit was not saved because the stored object moved on, and which
    /// of their fields differ from the stored values now shown in the form.
    /// </summary>
    public static void ExplainConflict<TForm>(this PageModel page, string what, TForm submitted, TForm current) where TForm : class
    {
        var changed = ChangedFields(submitted, current);
        var detail = changed.Count == 0
            ? "Your input matched the stored values."
            : $"What you entered for {string.Join(", ", changed)} was not saved.";
        page.ViewData[ConflictKey] = $"This {what} was changed by someone else while you were editing it. The form now shows the " +
            $"current values. {detail} Apply your change again and save.";
    }

    public static string? ConflictMessage(this ViewDataDictionary viewData) => viewData[ConflictKey] as string;

    private static List<string> ChangedFields<TForm>(TForm submitted, TForm current)
    {
        var mine = JsonSerializer.SerializeToElement(submitted);
        var theirs = JsonSerializer.SerializeToElement(current);
        return typeof(TForm).GetProperties()
            .Where(p => p.Name != "Version" && !JsonElement.DeepEquals(mine.GetProperty(p.Name), theirs.GetProperty(p.Name)))
            .Select(p => p.GetCustomAttribute<DisplayAttribute>()?.GetName() ?? p.Name)
            .ToList();
    }
}
