package io.dateline.resolve.quantity;

import static javax.measure.MetricPrefix.CENTI;
import static javax.measure.MetricPrefix.GIGA;
import static javax.measure.MetricPrefix.HECTO;
import static javax.measure.MetricPrefix.KILO;
import static javax.measure.MetricPrefix.MEGA;
import static javax.measure.MetricPrefix.MILLI;
import static javax.measure.MetricPrefix.TERA;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import javax.measure.IncommensurableException;
import javax.measure.Unit;
import javax.measure.UnitConverter;
import tech.units.indriya.function.RationalNumber;
import tech.units.indriya.unit.Units;

/**
 * The units a figure can be written in, as JSR 385 units of Indriya, and their conversion to
 * the canonical unit of each dimension.
 *
 * <p>Indriya ships the SI and the units accepted for use with it (metre, gram, litre, km/h,
 * degree Celsius ...). The other units are built here from one legal definition each and
 * Indriya's unit algebra: the international inch is 2.54 cm and the pound 0.45359237 kg
 * (1959 agreement), the nautical mile 1852 m; a foot is 12 inches, a mile 1760 yards, an acre
 * a chain times a furlong, a US gallon 231 cubic inches, a square mile a mile squared, mph a
 * mile per hour, °F the Rankine scale (5/9 K) shifted by 459.67. Indriya derives every factor
 * (and the offset of temperatures) from that and converts with exact rational arithmetic.
 *
 * <p>Canonical units: length m, mass kg, area m², volume m³, speed m/s, temperature °C, age
 * in years (a Julian year of 365.25 days: an age in months or weeks is a fraction of it).
 */
public final class UnitCatalog {

    /**
     * One unit.
     *
     * @param key       the key the grammar uses (lexicon {@code unit.measure})
     * @param dimension length, mass, area, volume, speed, temperature, age, percent
     * @param symbol    how the output names it
     * @param unit      the Indriya unit, or null when there is nothing to convert (percent)
     * @param warning   said about every figure in this unit, or null
     */
    public record Entry(String key, String dimension, String symbol, Unit<?> unit, String warning) {
    }

    private static final Map<String, Entry> BY_KEY = new HashMap<>();
    private static final Map<String, Unit<?>> CANONICAL = new HashMap<>();
    private static final Map<String, String> CANONICAL_SYMBOL = new HashMap<>();

    static {
        Unit<javax.measure.quantity.Length> inch = CENTI(Units.METRE).multiply(new BigDecimal("2.54"));
        Unit<javax.measure.quantity.Length> foot = inch.multiply(12);
        Unit<javax.measure.quantity.Length> yard = foot.multiply(3);
        Unit<javax.measure.quantity.Length> mile = yard.multiply(1760);
        Unit<javax.measure.quantity.Length> nauticalMile = Units.METRE.multiply(1852);
        Unit<javax.measure.quantity.Length> chain = yard.multiply(22);
        Unit<javax.measure.quantity.Length> furlong = chain.multiply(10);
        Unit<javax.measure.quantity.Mass> pound = Units.KILOGRAM.multiply(new BigDecimal("0.45359237"));
        Unit<javax.measure.quantity.Time> hour = Units.HOUR;
        Unit<?> gallon = inch.pow(3).multiply(231);

        canonical("length", Units.METRE, "m");
        canonical("mass", Units.KILOGRAM, "kg");
        canonical("area", Units.SQUARE_METRE, "m²");
        canonical("volume", Units.CUBIC_METRE, "m³");
        canonical("speed", Units.METRE_PER_SECOND, "m/s");
        canonical("temperature", Units.CELSIUS, "°C");
        Unit<javax.measure.quantity.Time> year = Units.DAY.multiply(new BigDecimal("365.25"));
        canonical("age", year, "year");

        add("km", "length", "km", KILO(Units.METRE), null);
        add("m", "length", "m", Units.METRE, null);
        add("cm", "length", "cm", CENTI(Units.METRE), null);
        add("mm", "length", "mm", MILLI(Units.METRE), null);
        add("mi", "length", "mi", mile, null);
        add("ft", "length", "ft", foot, null);
        add("yd", "length", "yd", yard, null);
        add("in", "length", "in", inch, null);
        add("nmi", "length", "nmi", nauticalMile, null);

        add("kg", "mass", "kg", Units.KILOGRAM, null);
        add("g", "mass", "g", Units.GRAM, null);
        add("mg", "mass", "mg", MILLI(Units.GRAM), null);
        add("t", "mass", "t", MEGA(Units.GRAM), null);
        add("ton", "mass", "short ton", pound.multiply(2000),
                "'ton' read as a US short ton (907 kg); it may be a metric tonne (1000 kg) or a long ton (1016 kg)");
        add("long_ton", "mass", "long ton", pound.multiply(2240), null);
        add("lb", "mass", "lb", pound, null);
        add("oz", "mass", "oz", pound.divide(16), null);

        add("km2", "area", "km²", KILO(Units.METRE).pow(2), null);
        add("m2", "area", "m²", Units.SQUARE_METRE, null);
        add("mi2", "area", "sq mi", mile.pow(2), null);
        add("ft2", "area", "sq ft", foot.pow(2), null);
        add("ha", "area", "ha", HECTO(Units.METRE).pow(2), null);
        add("acre", "area", "acre", chain.multiply(furlong), null);

        add("l", "volume", "l", Units.LITRE, null);
        add("ml", "volume", "ml", MILLI(Units.LITRE), null);
        add("gal", "volume", "gal", gallon, "'gallon' read as a US gallon (3.785 l); an imperial gallon is 4.546 l");
        add("bbl", "volume", "bbl", gallon.multiply(42), null);
        add("m3", "volume", "m³", Units.CUBIC_METRE, null);
        add("ft3", "volume", "cu ft", foot.pow(3), null);

        add("kmh", "speed", "km/h", Units.KILOMETRE_PER_HOUR, null);
        add("mph", "speed", "mph", mile.divide(hour), null);
        add("kn", "speed", "kn", nauticalMile.divide(hour), null);
        add("mps", "speed", "m/s", Units.METRE_PER_SECOND, null);

        add("C", "temperature", "°C", Units.CELSIUS, null);
        add("F", "temperature", "°F", Units.KELVIN.multiply(RationalNumber.of(5, 9)).shift(new BigDecimal("459.67")), null);
        add("deg", "temperature", "°", null, "degrees without C or F: the scale is unknown, the value is not converted");

        add("age_y", "age", "year", year, null);
        add("age_mo", "age", "month", year.divide(12), null);
        add("age_wk", "age", "week", Units.WEEK, null);
        add("age_d", "age", "day", Units.DAY, null);

        add("%", "percent", "%", null, null);
        add("pp", "percent", "pp", null, null);
        add("bp", "percent", "bp", null, null);

        // data: bytes with decimal prefixes (a gigabyte of news is 10^9 bytes); a bit is 1/8 byte
        Unit<?> byteUnit = tech.units.indriya.AbstractUnit.ONE.alternate("B");
        Unit<?> bit = byteUnit.divide(8);
        canonical("data", byteUnit, "B");
        add("B", "data", "B", byteUnit, null);
        add("kB", "data", "kB", byteUnit.multiply(1000), null);
        add("MB", "data", "MB", MEGA(byteUnit), null);
        add("GB", "data", "GB", GIGA(byteUnit), null);
        add("TB", "data", "TB", TERA(byteUnit), null);
        add("PB", "data", "PB", TERA(byteUnit).multiply(1000), null);
        Unit<?> bps = bit.divide(Units.SECOND);
        canonical("datarate", bps, "bit/s");
        add("bps", "datarate", "bit/s", bps, null);
        add("kbps", "datarate", "kbit/s", bps.multiply(1000), null);
        add("Mbps", "datarate", "Mbit/s", MEGA(bps), null);
        add("Gbps", "datarate", "Gbit/s", GIGA(bps), null);

        canonical("power", Units.WATT, "W");
        add("W", "power", "W", Units.WATT, null);
        add("kW", "power", "kW", KILO(Units.WATT), null);
        add("MW", "power", "MW", MEGA(Units.WATT), null);
        add("GW", "power", "GW", GIGA(Units.WATT), null);
        // the mechanical horsepower: 550 foot-pounds-force per second = 745.69987158227022 W
        add("hp", "power", "hp", Units.WATT.multiply(new BigDecimal("745.69987158227022")), null);

        canonical("energy", Units.JOULE, "J");
        add("J", "energy", "J", Units.JOULE, null);
        add("kJ", "energy", "kJ", KILO(Units.JOULE), null);
        add("kWh", "energy", "kWh", KILO(Units.WATT).multiply(hour), null);
        add("MWh", "energy", "MWh", MEGA(Units.WATT).multiply(hour), null);
        add("GWh", "energy", "GWh", GIGA(Units.WATT).multiply(hour), null);
        add("TWh", "energy", "TWh", TERA(Units.WATT).multiply(hour), null);
        add("cal", "energy", "cal", Units.JOULE.multiply(new BigDecimal("4.184")), null);
        add("kcal", "energy", "kcal", KILO(Units.JOULE).multiply(new BigDecimal("4.184")),
                "'calories' of food read as kilocalories");
        add("Btu", "energy", "Btu", Units.JOULE.multiply(new BigDecimal("1055.05585262")), null);

        canonical("frequency", Units.HERTZ, "Hz");
        add("Hz", "frequency", "Hz", Units.HERTZ, null);
        add("kHz", "frequency", "kHz", KILO(Units.HERTZ), null);
        add("MHz", "frequency", "MHz", MEGA(Units.HERTZ), null);
        add("GHz", "frequency", "GHz", GIGA(Units.HERTZ), null);

        canonical("pressure", Units.PASCAL, "Pa");
        add("Pa", "pressure", "Pa", Units.PASCAL, null);
        add("kPa", "pressure", "kPa", KILO(Units.PASCAL), null);
        add("MPa", "pressure", "MPa", MEGA(Units.PASCAL), null);
        add("hPa", "pressure", "hPa", HECTO(Units.PASCAL), null);
        add("psi", "pressure", "psi", Units.PASCAL.multiply(new BigDecimal("6894.757293168361")), null);

        // fuel economy: distance per volume, its own dimension (not a length); l/100 km is the
        // inverse and is kept as written (no linear conversion exists)
        Unit<?> kmPerLitre = KILO(Units.METRE).divide(Units.LITRE);
        canonical("fuel", kmPerLitre, "km/l");
        add("mpg", "fuel", "mpg", mile.divide(gallon), "'mpg' read as miles per US gallon");
        add("kmpl", "fuel", "km/l", kmPerLitre, null);
        add("l100km", "fuel", "l/100 km", null, null);

        canonical("charge", Units.COULOMB, "C");
        add("mAh", "charge", "mAh", MILLI(Units.AMPERE).multiply(hour), null);
        add("Ah", "charge", "Ah", Units.AMPERE.multiply(hour), null);
    }

    private UnitCatalog() {
    }

    private static void canonical(String dimension, Unit<?> unit, String symbol) {
        CANONICAL.put(dimension, unit);
        CANONICAL_SYMBOL.put(dimension, symbol);
    }

    private static void add(String key, String dimension, String symbol, Unit<?> unit, String warning) {
        BY_KEY.put(key, new Entry(key, dimension, symbol, unit, warning));
    }

    /** The unit of a grammar key ("km", "mi", "C", "%"), or null. */
    public static Entry get(String key) {
        return key == null ? null : BY_KEY.get(key);
    }

    /** The symbol of the canonical unit of an entry ("m" for miles, "%" for percent). */
    public static String canonicalSymbol(Entry e) {
        if (e.unit() == null) {
            return e.symbol();
        }
        return CANONICAL_SYMBOL.get(e.dimension());
    }

    /** A value in the entry's unit, in the canonical unit of its dimension (exact; round for display). */
    public static BigDecimal toCanonical(Entry e, BigDecimal v) {
        if (v == null || e.unit() == null) {
            return v;
        }
        return convert(v, e.key() + " -> canonical", e.unit(), CANONICAL.get(e.dimension()));
    }

    /** A value from one unit to another of the same dimension. */
    public static BigDecimal convert(BigDecimal v, Entry from, Entry to) {
        if (from.unit() == null || to.unit() == null) {
            return from.key().equals(to.key()) ? v : null;
        }
        return convert(v, from.key() + " -> " + to.key(), from.unit(), to.unit());
    }

    /**
     * Converters by a name for the pair of units: Indriya works a converter out from the units'
     * definitions each time it is asked (the costly part of a conversion), and converters are
     * immutable. Bounded by the pairs of catalogued units.
     */
    private static final Map<String, UnitConverter> CONVERTERS = new java.util.concurrent.ConcurrentHashMap<>();

    private static BigDecimal convert(BigDecimal v, String pair, Unit<?> from, Unit<?> to) {
        if (from.equals(to)) {
            return v;
        }
        try {
            UnitConverter c = CONVERTERS.get(pair);
            if (c == null) {
                c = from.getConverterToAny(to);
                CONVERTERS.put(pair, c);
            }
            Number n = c.convert(v);
            return n instanceof BigDecimal b ? b : new BigDecimal(n.toString());
        } catch (IncommensurableException | NumberFormatException e) {
            throw new IllegalStateException("cannot convert " + from + " to " + to, e);
        }
    }
}
