using System.Globalization;
using System.Numerics;

namespace Restake.Numerics;

/// <summary>
/// An exact rational number over <see cref="BigInteger"/>, always normalised (lowest terms, positive denominator).
/// The default value is zero. Text form is <c>"p/q"</c>, or <c>"p"</c> when q = 1.
/// </summary>
public readonly struct Rational : IEquatable<Rational>, IComparable<Rational>
{
    private readonly BigInteger _den; // stored as (den − 1) so that default(Rational) is 0/1

    /// <summary>Numerator (sign carrier).</summary>
    public BigInteger Numerator { get; }

    /// <summary>Denominator, always ≥ 1.</summary>
    public BigInteger Denominator => _den + 1;

    private Rational(BigInteger num, BigInteger den, bool normalised)
    {
        if (!normalised)
        {
            if (den.IsZero) throw new DivideByZeroException("Rational with a zero denominator.");
            if (den.Sign < 0)
            {
                num = -num;
                den = -den;
            }

            var g = BigInteger.GreatestCommonDivisor(num, den);
            if (!g.IsOne && !g.IsZero)
            {
                num /= g;
                den /= g;
            }

            if (num.IsZero) den = BigInteger.One;
        }

        Numerator = num;
        _den = den - 1;
    }

    /// <summary>p / q in lowest terms; throws <see cref="DivideByZeroException"/> for q = 0.</summary>
    public Rational(BigInteger numerator, BigInteger denominator) : this(numerator, denominator, false)
    {
    }

    /// <summary>0.</summary>
    public static Rational Zero => default;

    /// <summary>1.</summary>
    public static Rational One => new(BigInteger.One, BigInteger.One, true);

    /// <summary>Sign of the value: −1, 0 or 1.</summary>
    public int Sign => Numerator.Sign;

    /// <summary>True for zero.</summary>
    public bool IsZero => Numerator.IsZero;

    public static implicit operator Rational(BigInteger value) => new(value, BigInteger.One, true);
    public static implicit operator Rational(long value) => new(value, BigInteger.One, true);
    public static implicit operator Rational(UInt256 value) => new(value.ToBigInteger(), BigInteger.One, true);

    public static Rational operator +(Rational a, Rational b) =>
        a.Denominator == b.Denominator
            ? new Rational(a.Numerator + b.Numerator, a.Denominator)
            : new Rational(a.Numerator * b.Denominator + b.Numerator * a.Denominator, a.Denominator * b.Denominator);

    public static Rational operator -(Rational a, Rational b) => a + -b;
    public static Rational operator -(Rational a) => new(-a.Numerator, a.Denominator, true);
    public static Rational operator *(Rational a, Rational b) =>
        new(a.Numerator * b.Numerator, a.Denominator * b.Denominator);

    public static Rational operator /(Rational a, Rational b) =>
        b.IsZero
            ? throw new DivideByZeroException("Rational division by zero.")
            : new Rational(a.Numerator * b.Denominator, a.Denominator * b.Numerator);

    public static bool operator ==(Rational a, Rational b) => a.Equals(b);
    public static bool operator !=(Rational a, Rational b) => !a.Equals(b);
    public static bool operator <(Rational a, Rational b) => a.CompareTo(b) < 0;
    public static bool operator >(Rational a, Rational b) => a.CompareTo(b) > 0;
    public static bool operator <=(Rational a, Rational b) => a.CompareTo(b) <= 0;
    public static bool operator >=(Rational a, Rational b) => a.CompareTo(b) >= 0;

    /// <summary>The smaller of two values.</summary>
    public static Rational Min(Rational a, Rational b) => a <= b ? a : b;

    /// <summary>The larger of two values.</summary>
    public static Rational Max(Rational a, Rational b) => a >= b ? a : b;

    /// <summary>|x|.</summary>
    public static Rational Abs(Rational x) => x.Sign < 0 ? -x : x;

    /// <summary>⌊x⌋.</summary>
    public BigInteger Floor()
    {
        var q = BigInteger.DivRem(Numerator, Denominator, out var r);
        return r.Sign < 0 ? q - 1 : q;
    }

    /// <summary>⌈x⌉.</summary>
    public BigInteger Ceiling() => -(-this).Floor();

    /// <inheritdoc />
    public bool Equals(Rational other) => Numerator == other.Numerator && _den == other._den;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Rational r && Equals(r);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Numerator, _den);

    /// <inheritdoc />
    public int CompareTo(Rational other) =>
        (Numerator * other.Denominator).CompareTo(other.Numerator * Denominator);

    /// <summary>Nearest double (reporting only).</summary>
    public double ToDouble()
    {
        if (Numerator.IsZero) return 0;
        // Scale so both parts keep 64 significant bits before dividing.
        var shift = (long)Numerator.GetBitLength() - (long)Denominator.GetBitLength() - 64;
        var n = shift < 0 ? Numerator << (int)-shift : Numerator;
        var d = shift > 0 ? Denominator << (int)shift : Denominator;
        return Math.ScaleB((double)(n / d), (int)shift);
    }

    /// <summary>"p/q", or "p" for an integer.</summary>
    public override string ToString() =>
        Denominator.IsOne
            ? Numerator.ToString(CultureInfo.InvariantCulture)
            : $"{Numerator.ToString(CultureInfo.InvariantCulture)}/{Denominator.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>Decimal text rounded half away from zero to <paramref name="digits"/> fractional digits.</summary>
    public string ToDecimalString(int digits)
    {
        var scale = BigInteger.Pow(10, digits);
        var scaled = Abs(this) * scale;
        var rounded = (scaled + new Rational(1, 2)).Floor();
        var intPart = BigInteger.DivRem(rounded, scale, out var frac);
        var sign = Sign < 0 && !rounded.IsZero ? "-" : "";
        if (digits == 0) return sign + intPart.ToString(CultureInfo.InvariantCulture);
        return $"{sign}{intPart.ToString(CultureInfo.InvariantCulture)}.{frac.ToString(CultureInfo.InvariantCulture).PadLeft(digits, '0')}";
    }

    /// <summary>Parses "p", "p/q", or a plain decimal "1.25" (exact).</summary>
    public static Rational Parse(string text)
    {
        if (TryParse(text, out var value)) return value;
        throw new FormatException($"expected a rational 'p/q', an integer or a decimal, got '{text}'");
    }

    /// <summary>Parses "p", "p/q", or a plain decimal "1.25" (exact).</summary>
    public static bool TryParse(string? text, out Rational value)
    {
        value = Zero;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var s = text.Trim();
        var slash = s.IndexOf('/');
        if (slash >= 0)
        {
            if (!BigInteger.TryParse(s[..slash], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var p) ||
                !BigInteger.TryParse(s[(slash + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var q) ||
                q.IsZero)
                return false;
            value = new Rational(p, q);
            return true;
        }

        var dot = s.IndexOf('.');
        if (dot >= 0)
        {
            var digits = s[(dot + 1)..];
            if (digits.Length == 0 || digits.Any(c => c is < '0' or > '9')) return false;
            if (!BigInteger.TryParse(s[..dot] + digits, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var scaled))
                return false;
            value = new Rational(scaled, BigInteger.Pow(10, digits.Length));
            return true;
        }

        if (!BigInteger.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer)) return false;
        value = integer;
        return true;
    }
}
