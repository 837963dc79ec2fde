using Sailplan.Core;

namespace Sailplan.Web.Infrastructure;

/// <summary>One page of a list endpoint, with the total so clients can page through.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int PageNumber, int PageSize, int Total);

/// <summary>The ?page=&amp;pageSize= query of every list endpoint.</summary>
public sealed record PageRequest(int? Page, int? PageSize)
{
    public const int DefaultSize = 50;
    public const int MaxSize = 200;

    public int Number => Page is null ? 1 : Page >= 1 ? Page.Value : throw new DomainException("page", "page starts at 1.");

    public int Size => PageSize switch
    {
        null => DefaultSize,
        >= 1 and <= MaxSize => PageSize.Value,
        _ => throw new DomainException("pageSize", $"pageSize must be between 1 and {MaxSize}."),
    };
}

public static class PagingExtensions
{
    public static async Task<Page<T>> ToPageAsync<T>(this IQueryable<T> query, PageRequest request, CancellationToken cancellationToken)
    {
        var (number, size) = (request.Number, request.Size);
        var total = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(query, cancellationToken);
        var items = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
            query.Skip((number - 1) * size).Take(size), cancellationToken);
        return new Page<T>(items, number, size, total);
    }
}
