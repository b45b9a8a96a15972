namespace RuleOfLaw.Domain.Documents.Internal;

/// <summary>A line of a PDF page: its text, its box in PDF points (y grows upwards), its type size, the page's height and number.</summary>
internal sealed record PdfLine(string Text, double Left, double Right, double Bottom, double Top, double Size, double PageHeight, int Page);
