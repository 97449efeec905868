using CineRadar.Scraper.Budget;

namespace CineRadar.Scraper.Tix;

/// <summary>Makes every request to TIX, each retry included, wait for its slot in the shared budget.</summary>
public sealed class BudgetHandler(IRequestBudget budget) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        await budget.WaitAsync(cancellationToken);
        return await base.SendAsync(request, cancellationToken);
    }
}
