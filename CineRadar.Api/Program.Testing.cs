// Lets WebApplicationFactory<Program> find the Api's entry point.
public partial class Program;
