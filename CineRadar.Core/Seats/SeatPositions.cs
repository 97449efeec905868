using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace CineRadar.Core.Seats;

/// <summary>
/// Where the seats of a map are: its shape as a key, and its unavailable seats as labels made of the row label and the
/// seat's position in the row, gaps counted (<c>F12</c>), so that two labels tell whether their seats sit side by side.
/// </summary>
public static class SeatPositions
{
    private const char Separator = ' ';

    public static string RoomKey(IReadOnlyList<SeatRow> rows)
    {
        var shape = new StringBuilder();
        foreach (var row in rows)
        {
            shape.Append(row.Label).Append(':');
            foreach (var cell in row.Seats)
            {
                shape.Append(cell == SeatRow.Gap ? SeatRow.Gap : 's');
            }

            shape.Append('|');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(shape.ToString())).AsSpan(0, 8));
    }

    public static string Unavailable(IReadOnlyList<SeatRow> rows)
    {
        var labels = new StringBuilder();
        for (var r = 0; r < rows.Count; r++)
        {
            var seats = rows[r].Seats;
            for (var position = 0; position < seats.Length; position++)
            {
                if (seats[position] == SeatRow.UnavailableSeat)
                {
                    if (labels.Length > 0)
                    {
                        labels.Append(Separator);
                    }

                    labels.Append(Label(RowName(rows[r].Label, r), position + 1));
                }
            }
        }

        return labels.ToString();
    }

    /// <summary>The labels of <see cref="Unavailable"/>, parsed back.</summary>
    public static HashSet<string> Parse(string unavailable) =>
        new(unavailable.Split(Separator, StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);

    /// <summary>The labels of the seats on either side of a labelled seat in its row.</summary>
    public static (string Left, string Right) Beside(string label)
    {
        var digits = label.Length;
        while (digits > 0 && char.IsAsciiDigit(label[digits - 1]))
        {
            digits--;
        }

        var row = label[..digits];
        var position = int.Parse(label.AsSpan(digits), CultureInfo.InvariantCulture);
        return (Label(row, position - 1), Label(row, position + 1));
    }

    private static string Label(string row, int position) => row + position.ToString(CultureInfo.InvariantCulture);

    /// <summary>A row without a label is named by its place, ending in a non-digit so that the position reads back.</summary>
    private static string RowName(string label, int index) =>
        label.Length == 0 || char.IsAsciiDigit(label[^1]) ? $"{label}#{index + 1}-" : label;
}
