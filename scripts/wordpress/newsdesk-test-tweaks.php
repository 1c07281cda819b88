<?php
/**
 * Plugin Name: Newsdesk test tweaks
 * Description: Must-use plugin for the throw-away WordPress of scripts/wordpress/wp-up.sh.
 *   Lets contract tests post many comments quickly and keeps WordPress off the network.
 *   Installed by wp-up.sh into STATE_DIR/wp-content/mu-plugins/. Not for a real site.
 *
 * What it changes, and nothing else:
 *   - no comment-flood check (a real site answers 400 `comment_flood` through the REST API
 *     to a user without moderate_comments who comments twice within 15 seconds);
 *   - no e-mail is sent (there is no mail server; wp_mail() says it succeeded).
 * WordPress's duplicate-comment check stays on (409 `comment_duplicate`): the contract suite
 * proves the client handles it. Set NEWSDESK_WP_STRICT_COMMENTS=1 when starting the PHP
 * server to keep the flood check too.
 */

if (getenv('NEWSDESK_WP_STRICT_COMMENTS') !== '1') {
    remove_action('check_comment_flood', 'check_comment_flood_db', 10);
    add_filter('wp_is_comment_flood', '__return_false', PHP_INT_MAX);
}

add_filter('pre_wp_mail', '__return_true');
