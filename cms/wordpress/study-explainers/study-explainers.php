<?php
/**
 * Plugin Name:       Study Explainers
 * Plugin URI:        https://www.npmjs.com/package/study-explainers
 * Description:       Three blocks and a shortcode that explain a medical study to readers: a mechanism stepper, a study-arms chart and an evidence badge. Everything is served from your own site: no CDN, no tracking, no remote calls.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Tested up to:      6.8
 * Author:            study-explainers contributors
 * License:           GPL-2.0-or-later
 * License URI:       https://www.gnu.org/licenses/gpl-2.0.html
 * Text Domain:       study-explainers
 * Domain Path:       /languages
 *
 * @package StudyExplainers
 */

defined( 'ABSPATH' ) || exit;

define( 'STUDY_EXPLAINERS_VERSION', '0.1.0' );
define( 'STUDY_EXPLAINERS_FILE', __FILE__ );
define( 'STUDY_EXPLAINERS_DIR', __DIR__ );

require_once __DIR__ . '/includes/widgets.php';
require_once __DIR__ . '/includes/options.php';
require_once __DIR__ . '/includes/content.php';
require_once __DIR__ . '/includes/render.php';
require_once __DIR__ . '/includes/copies.php';
require_once __DIR__ . '/includes/blocks.php';
require_once __DIR__ . '/includes/shortcode.php';

/**
 * The plugin's own translations (languages/, made by the build from the .po files there), loaded
 * before the blocks register so their titles and descriptions are translated.
 */
function study_explainers_load_textdomain() {
	load_plugin_textdomain( 'study-explainers', false, dirname( plugin_basename( STUDY_EXPLAINERS_FILE ) ) . '/languages' );
}
add_action( 'init', 'study_explainers_load_textdomain', 1 );
