// Plot width every peer draws at; our widgets take the stage's width (the same).
export const CHART_WIDTH = 960;
