using CineRadar.Core.Catalog;
using CineRadar.Data.Firestore.Values;

namespace CineRadar.Data.Firestore.Stores;

/// <summary>A movie's descriptive fields, as the schedule documents and the snapshot's movie entries both hold them.</summary>
internal static class MovieFields
{
    public static Dictionary<string, object?> Write(Movie movie, string idField) => new(StringComparer.Ordinal)
    {
        [idField] = movie.Id,
        ["title"] = movie.Title,
        ["genres"] = movie.Genres,
        ["poster"] = movie.PosterUrl,
        ["age_category"] = movie.AgeCategory,
        ["country"] = movie.Country,
        ["merchants"] = movie.Merchants,
        ["is_presale"] = movie.IsPresale,
    };

    public static Movie Read(FirestoreFields fields, string idField) => new(
        fields.Required(idField),
        fields.String("title") ?? "",
        fields.Strings("genres"),
        fields.String("poster"),
        fields.String("age_category"),
        fields.String("country"),
        fields.Strings("merchants"),
        fields.Bool("is_presale"));
}
