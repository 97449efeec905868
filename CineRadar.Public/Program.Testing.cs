// Lets WebApplicationFactory<Program> find the site's entry point.
public partial class Program;
