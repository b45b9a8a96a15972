using Microsoft.AspNetCore.Components.WebAssembly.Hosting;
using RuleOfLaw.Review;

var builder = WebAssemblyHostBuilder.CreateDefault(args);
builder.RootComponents.Add<App>("#app");
await builder.Build().RunAsync().ConfigureAwait(false);
