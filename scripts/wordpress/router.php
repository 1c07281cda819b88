<?php
/*
 * Router for PHP's built-in server (`php -S 127.0.0.1:PORT -t /usr/share/wordpress router.php`),
 * started by wp-up.sh, which copies this file into the state folder.
 *
 * It does what Apache and Debian's WordPress .htaccess would do:
 *   - picks our own config file: Debian's wp-config.php loads
 *     /etc/wordpress/config-$_SERVER['WORDPRESS_CONFIG'].php when that is set
 *     (the PHP built-in server has no SetEnv, so it is set here from NEWSDESK_WP_CONFIG);
 *   - serves /wp-content/... from our own WP_CONTENT_DIR (uploads live in the state folder);
 *   - runs existing .php files, serves other existing files as they are, and sends every
 *     other path to index.php, so pretty permalinks and /wp-json/... work.
 *
 * Everything runs at file scope on purpose: WordPress needs its globals to be global.
 */

$__nd_config = getenv('NEWSDESK_WP_CONFIG');
if (is_string($__nd_config) && preg_match('/^[a-zA-Z0-9-]+$/', $__nd_config)) {
    $_SERVER['WORDPRESS_CONFIG'] = $__nd_config;
}

$__nd_docroot = rtrim($_SERVER['DOCUMENT_ROOT'], '/');
$__nd_path = parse_url($_SERVER['REQUEST_URI'] ?? '/', PHP_URL_PATH);
$__nd_path = rawurldecode(is_string($__nd_path) && $__nd_path !== '' ? $__nd_path : '/');

// /wp-content/... from our own content folder (uploads), never .php files from there.
$__nd_content = getenv('NEWSDESK_WP_CONTENT_DIR');
if (is_string($__nd_content) && $__nd_content !== '' && strncmp($__nd_path, '/wp-content/', 12) === 0) {
    $__nd_root = realpath($__nd_content);
    $__nd_file = realpath($__nd_content . substr($__nd_path, strlen('/wp-content')));
    if ($__nd_root !== false && $__nd_file !== false && is_file($__nd_file)
        && strncmp($__nd_file, $__nd_root . '/', strlen($__nd_root) + 1) === 0
        && !preg_match('/\.(php|phtml|phar)$/i', $__nd_file)) {
        $__nd_types = array(
            'jpg' => 'image/jpeg', 'jpeg' => 'image/jpeg', 'png' => 'image/png', 'gif' => 'image/gif',
            'webp' => 'image/webp', 'svg' => 'image/svg+xml', 'ico' => 'image/x-icon',
            'pdf' => 'application/pdf', 'txt' => 'text/plain; charset=utf-8',
            'css' => 'text/css', 'js' => 'application/javascript', 'json' => 'application/json',
            'mp3' => 'audio/mpeg', 'mp4' => 'video/mp4', 'zip' => 'application/zip',
        );
        $__nd_ext = strtolower(pathinfo($__nd_file, PATHINFO_EXTENSION));
        $__nd_type = $__nd_types[$__nd_ext] ?? (function_exists('mime_content_type') ? mime_content_type($__nd_file) : false);
        header('Content-Type: ' . ($__nd_type ?: 'application/octet-stream'));
        header('Content-Length: ' . filesize($__nd_file));
        header('Last-Modified: ' . gmdate('D, d M Y H:i:s', filemtime($__nd_file)) . ' GMT');
        if (($_SERVER['REQUEST_METHOD'] ?? 'GET') !== 'HEAD') {
            readfile($__nd_file);
        }
        exit;
    }
}

$__nd_target = $__nd_docroot . $__nd_path;
$__nd_script = '/index.php';
if (is_dir($__nd_target)) {
    if (substr($__nd_path, -1) !== '/') {
        // As Apache's mod_dir: /wp-admin -> /wp-admin/
        $__nd_query = parse_url($_SERVER['REQUEST_URI'], PHP_URL_QUERY);
        header('Location: ' . $__nd_path . '/' . ($__nd_query ? '?' . $__nd_query : ''), true, 301);
        exit;
    }
    if (is_file($__nd_target . 'index.php')) {
        $__nd_script = $__nd_path . 'index.php';
    }
} elseif (is_file($__nd_target)) {
    if (!preg_match('/\.php$/i', $__nd_target)) {
        return false; // a static file: the built-in server sends it as it is
    }
    $__nd_script = $__nd_path;
}

$__nd_file = realpath($__nd_docroot . $__nd_script);
if ($__nd_file === false || strncmp($__nd_file, realpath($__nd_docroot) . '/', strlen(realpath($__nd_docroot)) + 1) !== 0) {
    $__nd_script = '/index.php';
    $__nd_file = realpath($__nd_docroot . '/index.php');
}

$_SERVER['SCRIPT_NAME'] = $__nd_script;
$_SERVER['PHP_SELF'] = $__nd_script;
$_SERVER['SCRIPT_FILENAME'] = $__nd_file;
chdir(dirname($__nd_file));

$__nd_run = $__nd_file;
unset($__nd_config, $__nd_docroot, $__nd_path, $__nd_content, $__nd_root, $__nd_file, $__nd_types,
      $__nd_ext, $__nd_type, $__nd_target, $__nd_script, $__nd_query);
require $__nd_run;
