#include "mcu/dtls/DtlsTransport.hpp"

#include <openssl/err.h>
#include <openssl/srtp.h>
#include <sys/time.h>

#include <algorithm>
#include <array>

#include "mcu/dtls/DtlsError.hpp"
#include "mcu/dtls/Fingerprint.hpp"

namespace vc::mcu::dtls {
namespace {

using std::chrono::milliseconds;

constexpr char kExporterLabel[] = "EXTRACTOR-dtls_srtp";  // RFC 5764 section 4.2
constexpr size_t kDtlsRecordHeaderLength = 13;
constexpr size_t kMaxDatagramLength = 65535;
// Records that arrive before Start (the remote client may be faster than our SDP processing).
constexpr size_t kMaxEarlyDatagrams = 16;
constexpr size_t kReadBufferLength = 2048;
constexpr int kMaxVerifyDepth = 4;

std::optional<srtp::SrtpProfile> ProfileFromOpenSsl(unsigned long id) {
  switch (id) {
    case SRTP_AES128_CM_SHA1_80:
      return srtp::SrtpProfile::kAes128CmSha1_80;
    case SRTP_AEAD_AES_128_GCM:
      return srtp::SrtpProfile::kAeadAes128Gcm;
    default:
      return std::nullopt;
  }
}

// OpenSSL's use_srtp list, e.g. "SRTP_AEAD_AES_128_GCM:SRTP_AES128_CM_SHA1_80" (what Chromium and
// webrtcbin offer; GCM first as it needs no separate HMAC pass).
std::string UseSrtpList(const std::vector<srtp::SrtpProfile>& profiles) {
  std::string list;
  for (const auto profile : profiles) {
    if (!list.empty()) list += ':';
    list += srtp::SrtpProfileName(profile);
  }
  return list;
}

std::vector<uint8_t> Concat(const uint8_t* key, size_t key_len, const uint8_t* salt,
                            size_t salt_len) {
  // Sized once and filled: g++ 12 warns falsely (-Warray-bounds) on insert() after a copy.
  std::vector<uint8_t> out(key_len + salt_len);
  std::copy_n(key, key_len, out.begin());
  std::copy_n(salt, salt_len, out.begin() + static_cast<std::ptrdiff_t>(key_len));
  return out;
}

}  // namespace

DtlsTransport::DtlsTransport(std::shared_ptr<const Certificate> certificate, Listener& listener)
    : DtlsTransport(std::move(certificate), listener, Options{}) {}

DtlsTransport::DtlsTransport(std::shared_ptr<const Certificate> certificate, Listener& listener,
                             Options options)
    : certificate_(std::move(certificate)), listener_(listener), options_(std::move(options)) {
  if (!certificate_) throw DtlsError("DtlsTransport needs a certificate");
  CreateSsl();
}

DtlsTransport::~DtlsTransport() = default;

bool DtlsTransport::LooksLikeDtls(const uint8_t* data, size_t len) {
  return data != nullptr && len >= kDtlsRecordHeaderLength && len <= kMaxDatagramLength &&
         data[0] >= 20 && data[0] <= 63;
}

const BIO_METHOD* DtlsTransport::SinkBioMethod() {
  static const BioMethodPtr method = [] {
    BioMethodPtr m(BIO_meth_new(BIO_get_new_index() | BIO_TYPE_SOURCE_SINK, "vc-dtls-sink"));
    if (!m || BIO_meth_set_write(m.get(), &BioWrite) != 1 ||
        BIO_meth_set_ctrl(m.get(), &BioCtrl) != 1 ||
        BIO_meth_set_create(m.get(), &BioCreate) != 1) {
      throw DtlsError("cannot create the DTLS output BIO method");
    }
    return m;
  }();
  return method.get();
}

int DtlsTransport::BioCreate(BIO* bio) {
  BIO_set_data(bio, nullptr);
  BIO_set_init(bio, 1);
  return 1;
}

// OpenSSL flushes at most one MTU per write (it buffers a flight and flushes before it would
// overflow SSL_set_mtu), so each write is exactly one datagram.
int DtlsTransport::BioWrite(BIO* bio, const char* data, int len) {
  auto* self = static_cast<DtlsTransport*>(BIO_get_data(bio));
  if (self == nullptr || data == nullptr || len <= 0) return 0;
  self->listener_.OnDtlsTransportSendData(self, reinterpret_cast<const uint8_t*>(data),
                                          static_cast<size_t>(len));
  return len;
}

long DtlsTransport::BioCtrl(BIO* /*bio*/, int cmd, long /*num*/, void* /*ptr*/) {
  switch (cmd) {
    case BIO_CTRL_FLUSH:
      return 1;  // Nothing is buffered here.
    case BIO_CTRL_PENDING:
    case BIO_CTRL_WPENDING:
      return 0;
    default:
      return 0;  // No MTU queries or peer addresses: the owner's transport has them.
  }
}

int DtlsTransport::VerifyCallback(int /*preverify_ok*/, X509_STORE_CTX* store) {
  // WebRTC certificates are self-signed: trust comes from the SDP fingerprint of the leaf, so
  // chain errors are ignored and the leaf is checked here, which fails the handshake with an alert.
  if (X509_STORE_CTX_get_error_depth(store) != 0) return 1;
  auto* ssl =
      static_cast<SSL*>(X509_STORE_CTX_get_ex_data(store, SSL_get_ex_data_X509_STORE_CTX_idx()));
  auto* self = ssl != nullptr ? static_cast<DtlsTransport*>(SSL_get_app_data(ssl)) : nullptr;
  if (self == nullptr) return 0;
  std::string reason;
  if (self->RemoteCertificateMatches(X509_STORE_CTX_get0_cert(store), &reason)) {
    X509_STORE_CTX_set_error(store, X509_V_OK);
    return 1;
  }
  self->verify_failure_ = reason;
  X509_STORE_CTX_set_error(store, X509_V_ERR_CERT_REJECTED);
  return 0;
}

unsigned int DtlsTransport::TimerCallback(SSL* ssl, unsigned int previous_us) {
  const auto* self = static_cast<const DtlsTransport*>(SSL_get_app_data(ssl));
  const uint64_t initial_us =
      self ? std::chrono::microseconds(self->options_.initial_retransmit_timeout).count() : 1000000;
  const uint64_t max_us =
      self ? std::chrono::microseconds(self->options_.max_retransmit_timeout).count() : 10000000;
  if (previous_us == 0) return static_cast<unsigned int>(initial_us);
  return static_cast<unsigned int>(std::min<uint64_t>(uint64_t{previous_us} * 2, max_us));
}

void DtlsTransport::CreateSsl() {
  ERR_clear_error();
  ctx_.reset(SSL_CTX_new(DTLS_method()));
  if (!ctx_) throw DtlsError(SslErrorReason("SSL_CTX_new"));
  SSL_CTX* ctx = ctx_.get();
  if (SSL_CTX_set_min_proto_version(ctx, DTLS1_2_VERSION) != 1 ||
      SSL_CTX_set_max_proto_version(ctx, DTLS1_2_VERSION) != 1) {
    throw DtlsError(SslErrorReason("DTLS 1.2 version setup"));
  }
  if (SSL_CTX_use_certificate(ctx, certificate_->x509()) != 1 ||
      SSL_CTX_use_PrivateKey(ctx, certificate_->private_key()) != 1 ||
      SSL_CTX_check_private_key(ctx) != 1) {
    throw DtlsError(SslErrorReason("certificate setup"));
  }
  // Unlike most of OpenSSL, this returns 0 on success.
  if (options_.srtp_profiles.empty() ||
      SSL_CTX_set_tlsext_use_srtp(ctx, UseSrtpList(options_.srtp_profiles).c_str()) != 0) {
    throw DtlsError(SslErrorReason("use_srtp setup"));
  }
  SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER | SSL_VERIFY_FAIL_IF_NO_PEER_CERT, &VerifyCallback);
  SSL_CTX_set_verify_depth(ctx, kMaxVerifyDepth);
  SSL_CTX_set_read_ahead(ctx, 1);
  // The MTU is ours to set (the BIO cannot be queried); no tickets or renegotiation in WebRTC.
  SSL_CTX_set_options(ctx, SSL_OP_NO_QUERY_MTU | SSL_OP_NO_TICKET | SSL_OP_NO_RENEGOTIATION);

  ssl_.reset(SSL_new(ctx));
  if (!ssl_) throw DtlsError(SslErrorReason("SSL_new"));
  SSL_set_app_data(ssl_.get(), this);
  BioPtr read_bio(BIO_new(BIO_s_mem()));
  BioPtr write_bio(BIO_new(SinkBioMethod()));
  if (!read_bio || !write_bio) throw DtlsError(SslErrorReason("BIO_new"));
  // An empty memory BIO means "wait for more", not end of file.
  BIO_set_mem_eof_return(read_bio.get(), -1);
  BIO_set_data(write_bio.get(), this);
  read_bio_ = read_bio.get();
  SSL_set_bio(ssl_.get(), read_bio.release(), write_bio.release());  // ssl_ owns both now.
  if (SSL_set_mtu(ssl_.get(), static_cast<long>(options_.mtu)) <= 0) {
    throw DtlsError("DTLS MTU " + std::to_string(options_.mtu) + " is too small");
  }
  DTLS_set_timer_cb(ssl_.get(), &TimerCallback);
}

void DtlsTransport::Start(Role role, std::string remote_fingerprint_algorithm,
                          std::string remote_fingerprint) {
  if (state_ != State::kNew) throw DtlsError("DtlsTransport::Start called twice");
  if (!IsSupportedFingerprintAlgorithm(remote_fingerprint_algorithm)) {
    throw DtlsError("unsupported fingerprint algorithm '" + remote_fingerprint_algorithm + "'");
  }
  role_ = role;
  remote_fingerprint_algorithm_ = std::move(remote_fingerprint_algorithm);
  remote_fingerprint_ = std::move(remote_fingerprint);
  handshake_deadline_ = Now() + options_.handshake_timeout;
  state_ = State::kConnecting;
  if (role == Role::kClient) {
    SSL_set_connect_state(ssl_.get());
    ContinueHandshake();  // Sends the ClientHello.
  } else {
    SSL_set_accept_state(ssl_.get());
  }
  auto early = std::move(early_datagrams_);
  early_datagrams_.clear();
  for (const auto& datagram : early) {
    ReceiveData(datagram.data(), datagram.size());
  }
}

void DtlsTransport::ReceiveData(const uint8_t* data, size_t len) {
  if (!LooksLikeDtls(data, len)) {
    ++ignored_datagrams_;
    return;
  }
  switch (state_) {
    case State::kNew:
      if (early_datagrams_.size() >= kMaxEarlyDatagrams) {
        ++ignored_datagrams_;
        return;
      }
      early_datagrams_.emplace_back(data, data + len);
      return;
    case State::kConnecting:
    case State::kConnected:
      FeedDatagram(data, len);
      return;
    case State::kFailed:
    case State::kClosed:
      ++ignored_datagrams_;
      return;
  }
}

void DtlsTransport::FeedDatagram(const uint8_t* data, size_t len) {
  if (BIO_write(read_bio_, data, static_cast<int>(len)) != static_cast<int>(len)) {
    ++ignored_datagrams_;
    return;
  }
  if (state_ == State::kConnecting) ContinueHandshake();
  if (state_ == State::kConnected) ReadApplicationData();
  // OpenSSL reads the whole memory BIO as one datagram; leftovers must not merge with the next.
  if (BIO_ctrl_pending(read_bio_) > 0) {
    (void)BIO_reset(read_bio_);
    ++ignored_datagrams_;
  }
}

void DtlsTransport::ContinueHandshake() {
  ERR_clear_error();
  const int ret = SSL_do_handshake(ssl_.get());
  if (ret == 1) {
    CompleteHandshake();
    return;
  }
  const int error = SSL_get_error(ssl_.get(), ret);
  if (error == SSL_ERROR_WANT_READ || error == SSL_ERROR_WANT_WRITE) return;
  if (!verify_failure_.empty()) {
    ERR_clear_error();
    Fail(verify_failure_);
  } else if (error == SSL_ERROR_ZERO_RETURN) {
    Fail("peer closed the connection during the DTLS handshake");
  } else {
    Fail(SslErrorReason("DTLS handshake failed"));
  }
}

void DtlsTransport::CompleteHandshake() {
  X509Ptr peer(SSL_get1_peer_certificate(ssl_.get()));
  std::string reason;
  if (!peer) return Fail("peer sent no certificate");
  if (!RemoteCertificateMatches(peer.get(), &reason)) return Fail(reason);
  const SRTP_PROTECTION_PROFILE* selected = SSL_get_selected_srtp_profile(ssl_.get());
  const auto profile = selected != nullptr ? ProfileFromOpenSsl(selected->id) : std::nullopt;
  if (!profile) return Fail("peer did not negotiate a supported DTLS-SRTP profile");

  // RFC 5764 4.2: client_key | server_key | client_salt | server_salt.
  const size_t key_len = srtp::SrtpKeyLength(*profile);
  const size_t salt_len = srtp::SrtpSaltLength(*profile);
  std::vector<uint8_t> material(2 * (key_len + salt_len));
  if (SSL_export_keying_material(ssl_.get(), material.data(), material.size(), kExporterLabel,
                                 sizeof(kExporterLabel) - 1, nullptr, 0, 0) != 1) {
    return Fail(SslErrorReason("SRTP key export failed"));
  }
  const uint8_t* client_key = material.data();
  const uint8_t* server_key = client_key + key_len;
  const uint8_t* client_salt = server_key + key_len;
  const uint8_t* server_salt = client_salt + salt_len;
  auto client = Concat(client_key, key_len, client_salt, salt_len);
  auto server = Concat(server_key, key_len, server_salt, salt_len);
  OPENSSL_cleanse(material.data(), material.size());

  SrtpKeyMaterial keys;
  keys.profile = *profile;
  const bool is_client = role_ == Role::kClient;
  keys.local_key_salt = is_client ? std::move(client) : std::move(server);
  keys.remote_key_salt = is_client ? std::move(server) : std::move(client);
  state_ = State::kConnected;
  listener_.OnDtlsTransportConnected(this, keys);
  OPENSSL_cleanse(keys.local_key_salt.data(), keys.local_key_salt.size());
  OPENSSL_cleanse(keys.remote_key_salt.data(), keys.remote_key_salt.size());
}

void DtlsTransport::ReadApplicationData() {
  // Nothing rides on DTLS application data yet (no data channels): it is read and dropped, which
  // is also what makes OpenSSL process alerts and retransmitted handshake flights.
  std::array<uint8_t, kReadBufferLength> buffer{};
  for (;;) {
    ERR_clear_error();
    const int n = SSL_read(ssl_.get(), buffer.data(), static_cast<int>(buffer.size()));
    if (n > 0) continue;
    const int error = SSL_get_error(ssl_.get(), n);
    if (error == SSL_ERROR_WANT_READ || error == SSL_ERROR_WANT_WRITE) return;
    ERR_clear_error();
    // close_notify (SSL_ERROR_ZERO_RETURN) or an alert from the peer ends the association. Any
    // other failure comes from a datagram that does not belong to it (forged or corrupted):
    // RFC 6347 4.1.2.7 says to discard it, and the SRTP keys stay valid.
    if (error == SSL_ERROR_ZERO_RETURN || (SSL_get_shutdown(ssl_.get()) & SSL_RECEIVED_SHUTDOWN)) {
      SetClosed();
    } else {
      ++ignored_datagrams_;
    }
    return;
  }
}

bool DtlsTransport::RemoteCertificateMatches(X509* cert, std::string* reason) const {
  const auto actual = ComputeFingerprint(cert, remote_fingerprint_algorithm_);
  if (!actual) {
    *reason =
        "cannot compute the remote certificate's " + remote_fingerprint_algorithm_ + " fingerprint";
    return false;
  }
  if (!FingerprintsEqual(*actual, remote_fingerprint_)) {
    *reason = "remote certificate fingerprint mismatch: SDP has " + remote_fingerprint_algorithm_ +
              " " + remote_fingerprint_ + ", certificate has " + *actual;
    return false;
  }
  return true;
}

std::optional<milliseconds> DtlsTransport::TimeUntilTimeout() {
  if (state_ != State::kConnecting && state_ != State::kConnected) return std::nullopt;
  std::optional<milliseconds> result;
  timeval tv{};
  if (DTLSv1_get_timeout(ssl_.get(), &tv) == 1) {
    result = milliseconds(tv.tv_sec * 1000 + (tv.tv_usec + 999) / 1000);
  }
  if (state_ == State::kConnecting) {
    const auto left = std::chrono::ceil<milliseconds>(handshake_deadline_ - Now());
    const auto clamped = std::max(left, milliseconds(0));
    if (!result || clamped < *result) result = clamped;
  }
  return result;
}

void DtlsTransport::HandleTimeout() {
  if (state_ == State::kConnecting && Now() >= handshake_deadline_) {
    return Fail("DTLS handshake timed out after " +
                std::to_string(options_.handshake_timeout.count()) + " ms");
  }
  if (state_ != State::kConnecting && state_ != State::kConnected) return;
  ERR_clear_error();
  if (DTLSv1_handle_timeout(ssl_.get()) < 0) {
    if (state_ == State::kConnecting) return Fail(SslErrorReason("DTLS retransmission failed"));
    ERR_clear_error();
    SetClosed();
  }
}

void DtlsTransport::Close() {
  if (state_ == State::kConnecting || state_ == State::kConnected) {
    ERR_clear_error();
    (void)SSL_shutdown(ssl_.get());  // Sends close_notify; we do not wait for the peer's.
    ERR_clear_error();
  }
  if (state_ != State::kFailed) state_ = State::kClosed;
  early_datagrams_.clear();
}

void DtlsTransport::Fail(const std::string& reason) {
  if (state_ == State::kFailed || state_ == State::kClosed) return;
  // A handshake that finished on OpenSSL's side but failed our checks: tell the peer.
  if (SSL_is_init_finished(ssl_.get())) {
    (void)SSL_shutdown(ssl_.get());
  }
  ERR_clear_error();
  state_ = State::kFailed;
  listener_.OnDtlsTransportFailed(this, reason);
}

void DtlsTransport::SetClosed() {
  if (state_ == State::kFailed || state_ == State::kClosed) return;
  state_ = State::kClosed;
  listener_.OnDtlsTransportClosed(this);
}

std::string DtlsTransport::SslErrorReason(const std::string& context) const {
  const unsigned long code = ERR_get_error();
  ERR_clear_error();
  if (code == 0) return context;
  std::array<char, 256> detail{};
  ERR_error_string_n(code, detail.data(), detail.size());
  return context + ": " + detail.data();
}

std::chrono::steady_clock::time_point DtlsTransport::Now() const {
  return options_.clock ? options_.clock() : std::chrono::steady_clock::now();
}

}  // namespace vc::mcu::dtls
