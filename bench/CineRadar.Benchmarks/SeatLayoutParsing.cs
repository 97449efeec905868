using System.Text;
using BenchmarkDotNet.Attributes;
using CineRadar.Core.Tix;

namespace CineRadar.Benchmarks;

/// <summary>How fast a 300-seat layout (15 rows of 20) is read, in each of the three TIX variants.</summary>
[MemoryDiagnoser]
public class SeatLayoutParsing
{
    private const int Rows = 15;
    private const int SeatsPerRow = 20;

    private byte[] _nested = [];
    private byte[] _flat = [];
    private byte[] _flatCgv = [];

    [GlobalSetup]
    public void Setup()
    {
        _nested = Encoding.UTF8.GetBytes(Nested());
        _flat = Encoding.UTF8.GetBytes(Flat(cgv: false));
        _flatCgv = Encoding.UTF8.GetBytes(Flat(cgv: true));
    }

    [Benchmark(Baseline = true)]
    public int Nested300() => TixPayloads.ParseSeatLayout(_nested).Total;

    [Benchmark]
    public int Flat300() => TixPayloads.ParseSeatLayout(_flat).Total;

    [Benchmark]
    public int FlatCgv300() => TixPayloads.ParseSeatLayout(_flatCgv).Total;

    private static int Status(int row, int seat) => (row * 7 + seat * 3) % 5 == 0 ? 5 : 1;

    private static string Nested()
    {
        var json = new StringBuilder("""{"success":true,"data":{"seat_map":[""");
        for (var r = 0; r < Rows; r++)
        {
            var label = (char)('A' + r);
            json.Append(r == 0 ? "" : ",").Append($$"""{"seat_code":"{{label}}","max_row":{{SeatsPerRow}},"seat_rows":[""");
            for (var s = 0; s < SeatsPerRow; s++)
            {
                json.Append(s == 0 ? "" : ",").Append($$"""{"seat_row":"{{label}}{{s + 1}}","status":{{Status(r, s)}}}""");
            }

            json.Append("]}");
        }

        return json.Append("""],"price":45000,"user_seat_purchased":0}}""").ToString();
    }

    private static string Flat(bool cgv)
    {
        var json = new StringBuilder("""{"success":true,"data":{"seat_map":[""");
        for (var r = 0; r < Rows; r++)
        {
            for (var s = 0; s < SeatsPerRow; s++)
            {
                var status = Status(r, s);
                var seat = cgv
                    ? $$"""{"row_name":"{{(char)('A' + r)}}","seat_yn":"1","seat_status":{{(status == 5 ? 0 : 1)}}}"""
                    : $$"""{"row_name":"{{(char)('A' + r)}}","seat_no":"{{s + 1}}","seat_status":{{status}}}""";
                json.Append(r + s == 0 ? "" : ",").Append(seat);
            }
        }

        return json.Append("]}}").ToString();
    }
}
