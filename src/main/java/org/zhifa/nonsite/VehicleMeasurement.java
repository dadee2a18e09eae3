package org.zhifa.nonsite;

/**
 * What a weighing or outline measurement says about one passage. Dimensions are whole millimetres, rounded up from
 * the measured metres so that "more than 4 m" stays exact; {@link OverLimitJudge#NOT_MEASURED} marks a value the
 * device did not measure.
 *
 * @param axles                   number of axles (axle groups count by axles)
 * @param combination             a combination vehicle (汽车列车: tractor with semi-trailer or full trailer)
 * @param singleDriveAxle         the tractor has a single drive axle
 * @param singleTyreNonDriveAxles non-drive axles with single tyres per side (no wide-base tyres)
 * @param grossMassKg             measured gross mass, or NOT_MEASURED
 * @param heightMm                height from the ground, or NOT_MEASURED
 * @param widthMm                 width, or NOT_MEASURED
 * @param lengthMm                length, or NOT_MEASURED
 * @param toleranceKg             device tolerance deducted from the measured mass
 */
public record VehicleMeasurement(int axles, boolean combination, boolean singleDriveAxle, int singleTyreNonDriveAxles,
        int grossMassKg, int heightMm, int widthMm, int lengthMm, int toleranceKg) {
}
