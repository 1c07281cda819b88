<?php
/*
 * Installs and seeds the throw-away WordPress of wp-up.sh. Run by wp-up.sh with PHP's CLI:
 *
 *   NEWSDESK_WP_PORT=8089 NEWSDESK_WP_CONFIG=newsdesk-8089 \
 *   NEWSDESK_WP_ADMIN_PASSWORD=... php provision.php install   # the installer, once
 *   NEWSDESK_WP_PORT=8089 NEWSDESK_WP_CONFIG=newsdesk-8089 php provision.php   # all the rest
 *
 * (there is no wp-cli in Debian 12, so this loads wp-load.php itself). It is idempotent:
 *   - runs the installer only when WordPress is not installed yet (admin "newsdesk-admin",
 *     blog title "Báo Thử Nghiệm");
 *   - sets pretty permalinks (/%postname%/);
 *   - creates the subscriber "newsdesk-subscriber" when missing, and one account per
 *     writing role ("newsdesk-contributor", "newsdesk-author", "newsdesk-editor");
 *   - seeds two published posts with comments in every status, and two categories
 *     (one under the other), once;
 *   - gives both users a new application password named "newsdesk-ci" (the old one is revoked).
 * On success it prints the env lines wp-up.sh writes to STATE_DIR/env, and nothing else on stdout.
 */

$port = getenv('NEWSDESK_WP_PORT');
$config = getenv('NEWSDESK_WP_CONFIG');
if (!$port || !$config) {
    fwrite(STDERR, "provision.php: NEWSDESK_WP_PORT and NEWSDESK_WP_CONFIG are required\n");
    exit(2);
}
$host = '127.0.0.1:' . $port;
$url = 'http://' . $host;

// What Debian's wp-config.php and WordPress look at, as under the web server.
$_SERVER['HTTP_HOST'] = $host;
$_SERVER['SERVER_NAME'] = '127.0.0.1';
$_SERVER['SERVER_PORT'] = $port;
$_SERVER['WORDPRESS_CONFIG'] = $config;
$_SERVER['REQUEST_URI'] = '/';
$_SERVER['REQUEST_METHOD'] = 'GET';
$_SERVER['REMOTE_ADDR'] = '127.0.0.1';
$_SERVER['SCRIPT_NAME'] = '/index.php';
$_SERVER['PHP_SELF'] = '/index.php';

$installing = ($argv[1] ?? '') === 'install';
if ($installing) {
    define('WP_INSTALLING', true); // lets wp-load.php run before the tables exist
}
ob_start(); // WordPress may echo during install; stdout is for the env lines only
require '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/user.php';
require_once ABSPATH . 'wp-includes/class-wp-application-passwords.php';

function fail($what) {
    while (ob_get_level() > 0) {
        ob_end_clean();
    }
    fwrite(STDERR, 'provision.php: ' . $what . "\n");
    exit(1);
}

function check($result, $what) {
    if (is_wp_error($result)) {
        fail($what . ': ' . $result->get_error_code() . ' ' . $result->get_error_message());
    }
    if ($result === false || $result === 0) {
        fail($what . ' failed');
    }
    return $result;
}

$admin_login = 'newsdesk-admin';
$subscriber_login = 'newsdesk-subscriber';

if ($installing && !is_blog_installed()) {
    $admin_password = getenv('NEWSDESK_WP_ADMIN_PASSWORD') ?: wp_generate_password(24, false);
    $result = wp_install('Báo Thử Nghiệm', $admin_login, 'newsdesk-admin@example.com', true, '', wp_slash($admin_password), '');
    if (empty($result['user_id'])) {
        fail('wp_install did not create the admin user');
    }
    fwrite(STDERR, "provision.php: WordPress installed\n");
}
if ($installing) {
    while (ob_get_level() > 0) {
        ob_end_clean();
    }
    exit(0);
}

update_option('blogdescription', 'Trang WordPress thử nghiệm của Newsdesk');
if (get_option('permalink_structure') !== '/%postname%/') {
    global $wp_rewrite;
    $wp_rewrite->set_permalink_structure('/%postname%/');
    $wp_rewrite->flush_rules(false); // soft flush: never writes an .htaccess
}

$admin = get_user_by('login', $admin_login);
if (!$admin) {
    fail("no user $admin_login in this WordPress");
}
wp_set_current_user($admin->ID);

$subscriber = get_user_by('login', $subscriber_login);
if (!$subscriber) {
    $id = check(wp_insert_user(array(
        'user_login' => $subscriber_login,
        'user_pass' => wp_generate_password(24, false),
        'user_email' => 'newsdesk-subscriber@example.com',
        'display_name' => 'Người Đọc Thử',
        'first_name' => 'Người Đọc',
        'last_name' => 'Thử',
        'role' => 'subscriber',
    )), 'creating the subscriber');
    $subscriber = get_user_by('id', $id);
}

// One account per role that writes posts, for the tests of what each may do.
$writers = array();
foreach (array('contributor' => 'Cộng Tác Viên', 'author' => 'Tác Giả', 'editor' => 'Biên Tập Viên') as $role => $display) {
    $login = "newsdesk-$role";
    $writer = get_user_by('login', $login);
    if (!$writer) {
        $id = check(wp_insert_user(array(
            'user_login' => $login,
            'user_pass' => wp_generate_password(24, false),
            'user_email' => "$login@example.com",
            'display_name' => $display,
            'role' => $role,
        )), "creating the $role");
        $writer = get_user_by('id', $id);
    }
    $writers[$role] = $writer;
}

if (!get_option('newsdesk_seeded')) {
    $posts = array(
        array(
            'post_title' => 'Khai trương tòa soạn thử nghiệm',
            'post_name' => 'khai-truong-toa-soan-thu-nghiem',
            'post_content' => "<!-- wp:paragraph -->\n<p>Bài viết đầu tiên của Báo Thử Nghiệm: tiếng Việt có dấu đầy đủ, ă â đ ê ô ơ ư.</p>\n<!-- /wp:paragraph -->",
            'post_excerpt' => 'Bài viết đầu tiên của Báo Thử Nghiệm.',
        ),
        array(
            'post_title' => 'Thời tiết Hà Nội cuối tuần',
            'post_name' => 'thoi-tiet-ha-noi-cuoi-tuan',
            'post_content' => "<!-- wp:paragraph -->\n<p>Hà Nội nắng nhẹ, nhiệt độ từ 24 đến 31 độ C.</p>\n<!-- /wp:paragraph -->",
            'post_excerpt' => '',
        ),
    );
    $comments = array(
        // post index, status, author, email, content, parent index (or null), user (or null)
        array(0, 'approved', 'Nguyễn Văn An', 'an@example.com', 'Chúc mừng tòa soạn mới!', null, null),
        array(0, 'approved', 'Trần Thị Bình', 'binh@example.com', 'Cảm ơn anh An, chúng tôi sẽ cố gắng.', 0, null),
        array(0, 'hold', 'Lê Minh Châu', 'chau@example.com', 'Bình luận này đang chờ duyệt.', null, null),
        array(0, 'hold', 'Người Đọc Thử', 'newsdesk-subscriber@example.com', 'Bình luận của người đọc đã đăng nhập, chờ duyệt.', null, 'subscriber'),
        array(0, 'spam', 'Mua Ngay', 'spam@example.com', 'Giảm giá 90% hôm nay, bấm vào đây!', null, null),
        array(0, 'trash', 'Phạm Dũng', 'dung@example.com', 'Bình luận đã bị bỏ vào thùng rác.', null, null),
        array(1, 'approved', 'Hoàng Yến', 'yen@example.com', 'Cuối tuần đi dạo Hồ Gươm thôi.', null, null),
        array(1, 'hold', 'Đỗ Quang', 'quang@example.com', 'Có mưa không ạ?', null, null),
        array(1, 'spam', 'Khuyến Mãi', 'khuyenmai@example.com', 'Vay tiền nhanh, lãi suất 0%.', null, null),
        array(1, 'trash', 'Vũ Hà', 'ha@example.com', 'Viết nhầm, xin xóa.', null, null),
    );
    $post_ids = array();
    foreach ($posts as $i => $post) {
        $post_ids[$i] = check(wp_insert_post(wp_slash($post + array(
            'post_status' => 'publish',
            'post_type' => 'post',
            'post_author' => $admin->ID,
            'comment_status' => 'open',
            'ping_status' => 'closed',
        )), true), 'creating a post');
    }
    $comment_ids = array();
    $time = time() - 3600;
    foreach ($comments as $i => $c) {
        list($post_index, $status, $author, $email, $content, $parent, $user) = $c;
        $time += 60;
        $id = check(wp_insert_comment(wp_slash(array(
            'comment_post_ID' => $post_ids[$post_index],
            'comment_author' => $author,
            'comment_author_email' => $email,
            'comment_author_url' => '',
            'comment_author_IP' => '127.0.0.1',
            'comment_agent' => 'newsdesk-wp-up',
            'comment_content' => $content,
            'comment_parent' => $parent === null ? 0 : $comment_ids[$parent],
            'user_id' => $user === 'subscriber' ? $subscriber->ID : 0,
            'comment_date' => get_date_from_gmt(gmdate('Y-m-d H:i:s', $time)),
            'comment_date_gmt' => gmdate('Y-m-d H:i:s', $time),
            'comment_approved' => $status === 'hold' ? 0 : 1,
        ))), 'creating a comment');
        // As the admin screens do, so the trash/spam metadata is WordPress's own.
        if ($status === 'spam') {
            check(wp_spam_comment($id), 'marking a comment as spam');
        } elseif ($status === 'trash') {
            check(wp_trash_comment($id), 'trashing a comment');
        }
        $comment_ids[$i] = $id;
    }
    // Newsroom sections, one under another, so the category tree reaches the client.
    $news = check(wp_insert_term('Thời sự', 'category', array('slug' => 'thoi-su')), 'creating a category');
    check(wp_insert_term('Phỏng vấn', 'category', array('slug' => 'phong-van', 'parent' => $news['term_id'])), 'creating a sub-category');
    update_option('newsdesk_seeded', 1, false);
    fwrite(STDERR, 'provision.php: seeded posts ' . implode(', ', $post_ids) . ' and comments ' . implode(', ', $comment_ids) . "\n");
}

function new_app_password($user) {
    foreach (WP_Application_Passwords::get_user_application_passwords($user->ID) as $item) {
        if ($item['name'] === 'newsdesk-ci') {
            WP_Application_Passwords::delete_application_password($user->ID, $item['uuid']);
        }
    }
    $created = check(WP_Application_Passwords::create_new_application_password($user->ID, array('name' => 'newsdesk-ci')), 'creating an application password');
    return $created[0];
}

if (!wp_is_application_passwords_available()) {
    fail('application passwords are not available (WP_ENVIRONMENT_TYPE is not "local"?)');
}
$admin_app_password = new_app_password($admin);
$subscriber_app_password = new_app_password($subscriber);
$writer_app_passwords = array();
foreach ($writers as $role => $writer) {
    $writer_app_passwords[$role] = new_app_password($writer);
}

while (ob_get_level() > 0) {
    ob_end_clean();
}
echo "NEWSDESK_WP_URL=$url\n";
echo "NEWSDESK_WP_USER=$admin_login\n";
echo "NEWSDESK_WP_APP_PASSWORD=$admin_app_password\n";
echo "NEWSDESK_WP_SUBSCRIBER_USER=$subscriber_login\n";
echo "NEWSDESK_WP_SUBSCRIBER_APP_PASSWORD=$subscriber_app_password\n";
foreach ($writer_app_passwords as $role => $password) {
    $upper = strtoupper($role);
    echo "NEWSDESK_WP_{$upper}_USER=newsdesk-$role\n";
    echo "NEWSDESK_WP_{$upper}_APP_PASSWORD=$password\n";
}
